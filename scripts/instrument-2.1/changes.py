"""Changed 2.0.0 items: text, Spanish, note (quoting the seed), N/A, source and step overrides. Imported by build.py."""
from items import *

RL = RESOURCE_LIST
CHANGES = {
    "training.in-service": dict(
        text="Yearly in-service training covers community engagement and its link to officer safety and wellness.",
        es="La capacitación anual en servicio trata el acercamiento a la comunidad y su relación con la seguridad y el bienestar de los oficiales.",
        note=f'2.1: one practice (yearly in-service; "refresher" was the same thing said twice). Seed {S004}: "become required new hire, in-service, and yearly review curriculum"',
        steps={2: shared(2, MANDATORY_TRAINING)}),
    "training.all-ranks": dict(
        text="Staff of every rank, from the chief or sheriff down, take the community-relationship and wellness training.",
        es="El personal de todos los rangos, desde el jefe de policía o el sheriff hacia abajo, recibe la capacitación sobre relaciones con la comunidad y bienestar.",
        note=f'2.1: "this training" given its antecedent; "chief executive" replaced by chief or sheriff. Seed {S004}: "officers across all ranks, from the top down, should be required to receive training"',
        steps={2: shared(2, MANDATORY_TRAINING)}),
    "training.fto-selection": dict(
        text="Field training officers are chosen in part for their strong community engagement.",
        es="Se elige a los oficiales de entrenamiento de campo (FTO) en parte por su buen trabajo con la comunidad.",
        note=f'2.1: one practice (choosing; preparing is fto-preparation). Seed {S004}: "Instructors and FTOs who believe deeply in these principles"'),
    "training.fto-evaluation": dict(
        es="Las evaluaciones del entrenamiento de campo califican cómo se relacionan con la comunidad los oficiales en entrenamiento de campo.",
        note=f'2.1: Spanish only ("aprendices" replaced). Seed {S004}: "Field training on these concepts can ensure that the topic stays front-of-mind"'),
    "strategic-buy-in.tailored-by-group": dict(
        text="Buy-in efforts are tailored to each group the agency has, such as leadership, supervisors, field training officers and officers.",
        es="Las estrategias para lograr la aceptación se adaptan a cada grupo que tiene la agencia, como la dirección, los supervisores, los oficiales de entrenamiento de campo (FTO) y los oficiales.",
        note=f'2.1: "each group the agency has", so a small agency rates the groups it has. Seed {S004}: "with approaches specifically tailored to each group"'),
    "strategic-buy-in.middle-managers": dict(
        text="Supervisors actively support the agency's community engagement and wellness principles with the officers they supervise.",
        es="Los supervisores apoyan activamente, ante los oficiales a su cargo, los principios de la agencia sobre el acercamiento a la comunidad y el bienestar.",
        note=f'2.1: one group under one N/A: everyone who supervises (sergeants and, where the agency has them, middle managers). Seed {S004}: "the buy-in of middle managers is equally important"'),
    "strategic-buy-in.champions": dict(
        text="Respected officers who champion these principles get the time and support they need to spread them.",
        es="Los oficiales respetados que actúan como referentes de estos principios reciben el tiempo y el apoyo que necesitan para difundirlos.",
        note=f'2.1: one practice (supporting the champions; naming them is the first step). Seed {S004}: "support these champions with the resources necessary to spread the message"'),
    "officer-trust.feedback-reported": dict(
        text="Officers see what was done with their feedback and why.",
        es="Los oficiales ven qué se hizo con sus comentarios y por qué.",
        source=TRUST + "; " + INST,
        note=f'2.1: citation moved to the passage that carries the claim; shares one feedback log with institutionalization.officer-feedback. Seed {S004}: "LEOs and community members want to see evidence that they are heard and that their feedback is taken into consideration"',
        steps={1: shared(1, FEEDBACK_LOG)}),
    "officer-trust.leadership-support": dict(
        es="Los líderes respaldan a los oficiales que dedican tiempo al contacto con la comunidad que no implica hacer cumplir la ley (sin multas, citaciones ni arrestos) o que se toman más tiempo en las llamadas de servicio para dar un trato más humano.",
        note=f'2.1: kept as one practice (backing the human-centred approach, with two examples of it); Spanish fixed. Seed {S004}: "supported as efforts shift toward more nonenforcement community interactions as well as toward taking longer on calls"'),
    "officer-trust.recognition": dict(
        es="Los líderes reconocen públicamente a los oficiales y al personal por su trabajo positivo con la comunidad que no implica hacer cumplir la ley (sin multas, citaciones ni arrestos).",
        note=f'2.1: Spanish fixed ("non-enforcement"). Seed {S004}: "Recognize and encourage officers for positive nonenforcement interactions"'),
    "culture-growth.engagement-expectation": dict(
        text="Taking part in community events or volunteer service is a set expectation for each officer.",
        es="Participar en eventos comunitarios o en actividades de voluntariado es una expectativa establecida para cada oficial.",
        note=f'2.1: one practice, the individual officer; the agency-level practice is set-the-tone.credibility-deposits. Seed {S004}: "make engagement in community events or service opportunities a standard practice required at the agency and individual officer level"'),
    "culture-growth.staffing": dict(
        es="Los modelos de dotación de personal y los horarios dan a los oficiales tiempo suficiente y realista para relacionarse con la comunidad, y no solo para ir de una llamada de servicio a otra.",
        note=f'2.1: Spanish fixed ("tiempo real"); distinct from physical-health.schedules (rest) by its steps. Seed {S004}: "Review staffing models and practices to ensure that officers have the capacity to realistically engage"'),
    "culture-growth.success-measures": dict(
        text="Officers' performance evaluations count non-enforcement community interaction as a measure of success.",
        es="Las evaluaciones del desempeño de los oficiales cuentan como medida de éxito la interacción con la comunidad que no implica hacer cumplir la ley (sin multas, citaciones ni arrestos).",
        note=f'2.1: one practice (evaluations; agency reports are success-reporting). Seed {S004}: "Embed nonenforcement community interaction as an indicator of success"'),
    "culture-growth.guardian-mindset": dict(
        steps={1: shared(1, VALUES_STATEMENT)},
        note=f'2.1: its statement step is the one shared values statement. Seed {S004}: "shifting away from a mentality of police as warriors toward one of police as engaged community partners"'),
    "culture-growth.peer-accountability-wellness": dict(
        es="Los oficiales se cuidan y se piden cuentas mutuamente sobre el bienestar de cada uno.",
        note=f'2.1: Spanish fixed; its training step is the one shared required training. Seed {S004}: "hold one another accountable for their wellness and for their interactions with the community"',
        steps={2: shared(2, MANDATORY_TRAINING)}),
    "culture-growth.peer-accountability-community": dict(
        es="Los oficiales se piden cuentas mutuamente sobre el trato que dan a los miembros de la comunidad.",
        note=f'2.1: steps 0-1 now about community contact (the wellness check-ins were left over from before the split). Seed {S004}: "hold one another accountable for their wellness and for their interactions with the community"',
        steps={
            0: step(0, "At a staff meeting, agree what respectful treatment of residents looks like on a call, using real examples.", "Sergeant or senior officer", 30, "Meeting held; agreed examples written down"),
            1: step(1, "Practise how to step in or speak to a colleague after a poor contact with a resident, and how to raise it with a supervisor.", "Sergeant or senior officer", 90, "Practice session held for every shift"),
            2: shared(2, MANDATORY_TRAINING)}),
    "community-relationships.empathy-skills": dict(
        es="Los oficiales reciben capacitación en comunicación basada en la empatía: escucha activa, lenguaje sereno y respetuoso y capacidad de ponerse en el lugar del otro (principios del programa LEED).",
        note=f'2.1: Spanish fixed; its training step is the one shared required training. Seed {S004}: "LEED principles, including active listening, use of calm and respectful language, and perspective taking"',
        steps={2: shared(2, MANDATORY_TRAINING)}),
    "community-relationships.positive-interactions": dict(
        es="Los oficiales tratan cada llamada de servicio y cada contacto como una oportunidad para una interacción positiva.",
        note=f'2.1: its training step is the one shared required training. Seed {S004}: "Officers must individually pursue positive interactions with community members"',
        steps={2: shared(2, MANDATORY_TRAINING)}),
    "plan-early.crisis-resources": dict(
        text="Funding for crisis response is set aside, or agreed with the city or county, before a crisis.",
        es="Los fondos para responder a una crisis se reservan, o se acuerdan con la ciudad o el condado, antes de que ocurra.",
        note=f'2.1: one practice (money; "equipment" was the instrument\'s addition). Seed {S004}: "establishing an assigned team of personnel and financial resources"',
        steps={
            0: step(0, "Estimate what a crisis response would cost (overtime, mutual aid, supplies) and what is available now.", "Chief executive", 30, "Written estimate of costs and gaps"),
            1: step(1, "Agree with the city or county how emergency costs would be paid in a crisis.", "Chief executive", 90, "Written agreement with the city or county"),
            2: step(2, "Set aside crisis-response funding, or a standing emergency spending authority, in the city or county's yearly spending plan.", "Chief executive", 180, "Funding or spending authority approved for the year"),
            3: step(3, "Review crisis funding every year after exercises or real events, and update it.", "Chief executive", 365, "Annual review with changes made")}),
    "plan-early.stakeholder-planning": dict(
        es="Las organizaciones y los líderes locales participan como aliados en la planificación para crisis.",
        note=f'2.1: Spanish fixed ("actores"); its first step is the one shared community contact list. Seed {S004}: "Engage local stakeholders as partners in crisis planning"',
        steps={0: shared(0, COMMUNITY_CONTACTS)}),
    "plan-early.leader-materials": dict(
        steps={0: shared(0, VALUES_STATEMENT)},
        note=f'2.1: its first step is the one shared values statement; distinct from transparency, which is the act of communicating. Seed {S004}: "preparation of materials that will be necessary for leaders, allowing leaders to stay the course, center agency values"'),
    "plan-early.response-plan": dict(
        note=f'2.1: step 1 indicator no longer asks for stakeholder input (left over from the split). Seed {S004}: "Agencies should have a response plan and resources available at all times"'),
    "plan-early.response-team": dict(
        note=f'2.1: indicators no longer ask for funds, equipment or a budget line (left over from the split). Seed {S004}: "establishing an assigned team of personnel"'),
    "engage-community.leader-relationships": dict(
        steps={0: shared(0, COMMUNITY_CONTACTS)},
        note=f'2.1: its first step is the one shared community contact list. Seed {S004}: "Establishing solid, trusted relationships with community leaders prior to a crisis"'),
    "engage-community.crisis-partners": dict(
        text="The agency has agreed with its community partners how it would call on them in a crisis.",
        es="La agencia ha acordado con sus aliados de la comunidad cómo recurriría a ellos en una crisis.",
        note=f'2.1: asks what the agency did, not what partners know; one practice. Seed {S004}: "these relationships can be activated in the midst of a crisis situation"',
        steps={0: shared(0, COMMUNITY_CONTACTS)}),
    "engage-community.local-knowledge": dict(
        note=f'2.1: now also the home of "officers learn from residents" (two-way-learning was split). Seed {S004}: "leverage this local knowledge and expertise on a routine basis"'),
    "set-the-tone.values-internal": dict(
        steps={0: shared(0, VALUES_STATEMENT)},
        note=f'2.1: its first step is the one shared values statement. Seed {S004}: "These values must be communicated internally and externally"'),
    "set-the-tone.values-public": dict(
        steps={0: shared(0, VALUES_STATEMENT)},
        note=f'2.1: its first step is the one shared values statement. Seed {S004}: "These values must be communicated internally and externally"'),
    "set-the-tone.values-in-response": dict(
        allowNotApplicable=True,
        note=f'2.1: N/A where the agency has no crisis training; its training step is the one shared required training. Seed {S004}: "so that these values are embedded in officer response to a crisis across ranks"',
        steps={2: shared(2, MANDATORY_TRAINING)}),
    "set-the-tone.transparency": dict(
        id="set-the-tone.transparency-public",
        text="In a crisis, the agency communicates openly with the public.",
        es="En una crisis, la agencia se comunica de forma abierta con el público.",
        allowNotApplicable=True, source=CRISIS + "; " + PLAN,
        note=f'2.1: split (the public; staff is transparency-staff); N/A where no crisis has occurred. Seed {S004}: "Strategic, intentional planning, transparency and communication, collaboration, community engagement, and reflection and assessment"',
        steps={
            0: step(0, "Decide who speaks for the agency to the public in a crisis, and who covers when they are away.", "Chief executive", 30, "Spokesperson and backup written down"),
            1: step(1, "Agree with the city or county how public updates are shared in a crisis (agency page, city channels, local media) and how often.", "Chief executive", 90, "Written update routine agreed with the city or county"),
            2: step(2, "Put the public update routine in the crisis plan and practise it once a year.", "Chief executive", 180, "Crisis plan includes the routine; practised in the period"),
            3: step(3, "Ask community partners after each crisis or exercise whether updates were open and timely, and improve the routine.", "Community engagement lead", 365, "Feedback collected; routine updated")}),
    "collaboration.dispatch": dict(
        text="Dispatch staff who handle the agency's calls, including at a shared dispatch centre, take part in its crisis planning.",
        es="El personal de despacho (911) que atiende las llamadas de la agencia, también en un centro de despacho compartido, participa en su planificación para crisis.",
        source=COLLAB + f"; {S002} — Training Program Overview",
        note=f'2.1: applies under shared dispatch (N/A only with no dispatch at all). 004 never names dispatchers; "all levels" is 004 and dispatchers as part of the workforce is 002. Seed {S004}: "Engaging all levels of law enforcement in the planning and preparation for a crisis"; seed {S002}: "Program attendees include sworn personnel from all ranks as well as dispatchers"'),
    "collaboration.planning-team": dict(
        note=f'2.1: step 0 indicator no longer names dispatchers (collaboration.dispatch). Seed {S004}: "Engaging all levels of law enforcement in the planning and preparation for a crisis"'),
    "wellness-culture.resource-network": dict(
        text="Staff can find, in one place, how to reach each wellness resource the agency relies on, such as peer support, mental health providers and family supports.",
        es="El personal puede encontrar en un solo lugar cómo contactar cada recurso de bienestar con que cuenta la agencia, como el apoyo entre pares, los profesionales de salud mental y los apoyos para las familias.",
        note=f'2.1: the one list of resources (the items on each resource measure the resource itself); its first step is the shared resource list. Seed {S004}: "building and maintaining a strong network of resources that are easily accessible for officers"',
        steps={0: shared(0, RL)}),
    "wellness-culture.crisis-support-plan": dict(
        allowNotApplicable=True,
        note=f'2.1: N/A where the agency has no crisis plan yet. Seed {S004}: "necessary supports in the midst of a crisis and over the longer term after a crisis has ended"'),
    "wellness-culture.tailored-supports": dict(
        text="Wellness supports take account of the needs of officers from racial or ethnic minorities, women and other historically marginalized groups.",
        es="Los apoyos de bienestar tienen en cuenta las necesidades de los oficiales de minorías raciales o étnicas (por ejemplo, afroamericanos o latinos), de las mujeres y de otros grupos históricamente marginados.",
        allowNotApplicable=True,
        note=f'2.1: N/A where no officer belongs to these groups; Spanish fixed ("de color"). Seed {S004}: "tailored supports for officers of color, women, and other historically marginalized groups"'),
    "wellness-culture.family-supports": dict(
        text="The agency offers wellness supports to the families of officers and staff.",
        es="La agencia ofrece apoyos de bienestar a las familias de los oficiales y del personal.",
        note=f'2.1: asks what the agency offers, not what families can reach; its first step is the shared resource list. Seed {S004}: "peer support programs, culturally competent mental health providers, and family supports"',
        steps={0: shared(0, RL)}),
    "reflect-assess.after-action": dict(allowNotApplicable=True,
        note=f'2.1: N/A where no crisis or critical event has occurred. Seed {S004}: "reflection and assessment following a crisis must become standard practice"'),
    "reflect-assess.rank-and-file-review": dict(allowNotApplicable=True,
        text="Rank-and-file officers take part in reviews after a crisis or critical event.",
        es="Los oficiales sin rango de mando participan en los análisis posteriores a una crisis o a un incidente crítico.",
        note=f'2.1: N/A where no crisis has occurred; "after-action" jargon dropped. Seed {S004}: "engage not only agency leadership but also rank-and-file officers and community members"'),
    "reflect-assess.community-review": dict(allowNotApplicable=True,
        text="Community members take part in reviews after a crisis or critical event.",
        es="Los miembros de la comunidad participan en los análisis posteriores a una crisis o a un incidente crítico.",
        note=f'2.1: N/A where no crisis has occurred. Seed {S004}: "engage not only agency leadership but also rank-and-file officers and community members"'),
    "reflect-assess.lessons-learned": dict(allowNotApplicable=True,
        text="Lessons learned from each review change the agency's crisis plan.",
        es="Las lecciones aprendidas en cada análisis modifican el plan de crisis de la agencia.",
        note=f'2.1: one practice (the plan; training changes are set-the-tone.values-in-response); N/A where no review has happened. Seed {S004}: "Documenting lessons learned and strategies for improvement"'),
    "institutionalization.policy": dict(
        steps={0: shared(0, VALUES_STATEMENT)},
        es="Las políticas de la agencia establecen el compromiso con el vínculo entre el bienestar de los oficiales y la colaboración con la comunidad.",
        note=f'2.1: its first step is the one shared values statement. Seed {S004}: "implementation of reflective policies and practices"'),
    "institutionalization.officer-feedback": dict(
        steps={2: shared(2, FEEDBACK_LOG, days=180)},
        note=f'2.1: kept as one process (review and act, as the seed states it); its procedure step is the shared feedback log, so feedback-reported is not planned twice. Seed {S004}: "Processes must include routine review of the feedback received and implementation of feedback when and where appropriate"'),
    "institutionalization.hiring": dict(
        text="Interviews for new hires ask about commitment to community relationship building and non-enforcement engagement.",
        es="Las entrevistas de contratación preguntan por el compromiso con la construcción de relaciones con la comunidad y con el trabajo con la comunidad que no implica hacer cumplir la ley.",
        allowNotApplicable=True,
        note=f'2.1: one practice (interview questions); N/A where the agency has not hired in the period; civil-service caution without a union. Seed {S004}: "interview questions that reference community relationship building and engagement with communities in nonenforcement settings"'),
    "institutionalization.wellness-coordinator": dict(
        text="A named person coordinates the agency's organizational wellness program.",
        es="Una persona designada coordina el programa de bienestar organizacional de la agencia.",
        note=f'2.1: "person" (a small agency has no unit); step 0 no longer names the coordinator (the plan\'s first step does); it sets the duties. Seed {S003}: "Implement and sustain Organizational Wellness Unit for Law Enforcement"',
        steps={0: step(0, "Write down the wellness coordinator's duties, hours each month and who they report to, and tell all staff who it is.", "Chief executive", 30, "Duties and hours in writing; staff told",
                       "COPS Office National Officer Safety and Wellness Group page, cops.usdoj.gov/oswg; Caring for the Caretakers (California POST-approved online course, 9 hours): enrollment limited to California, CA POST ID required, $49 tuition")}),
    "wellness-supports.low-barrier": dict(
        steps={0: shared(0, RL)},
        note=f'2.1: its first step is the shared resource list; small and rural agencies get a tele-health option. Seed {S004}: "ensuring low-barrier access to necessary wellness services"; seed {S004}: "the unique safety and wellness challenges facing small and rural law enforcement agencies"'),
    "wellness-supports.vetted-providers": dict(
        text="Mental health providers available to staff, including through a city or county program, have experience working with law enforcement.",
        es="Los profesionales de salud mental a los que puede acudir el personal, también a través de un programa de la ciudad o del condado, tienen experiencia de trabajo con las fuerzas del orden.",
        note=f'2.1: covers self-referral through a city or county EAP. Seed {S004}: "comprising providers who have experience working with law enforcement"'),
    "wellness-supports.debriefings": dict(allowNotApplicable=True,
        es="El personal expuesto a un incidente crítico asiste a una sesión de apoyo psicológico posterior al incidente (debriefing) con un profesional calificado.",
        note=f'2.1: N/A where no critical incident has occurred; Spanish fixed ("análisis psicológico"). Seed {S004}: "Establish mandatory attendance at psychological debriefings after exposure to a critical incident"'),
    "wellness-supports.resilience-training": dict(
        text="Resilience and stress-management training is offered to staff of every rank.",
        es="Se ofrece capacitación en resiliencia y manejo del estrés al personal de todos los rangos.",
        note=f'2.1: one practice (every rank; dispatchers under shared dispatch are not agency staff); POWER now only in empathy-skills; the course\'s skills named. Seed {S002}: "Program attendees include sworn personnel from all ranks as well as dispatchers"',
        steps={
            0: step(0, "Request seats for a first group in the IACP/University of Pennsylvania Officer Resilience Training Program (BJA VALOR), which teaches mind, energy and connection skills: learned optimism, real-time resilience, avoiding thinking traps and managing difficult conversations.", "Sergeant or senior officer", 60, "First group registered or trained",
                       "IACP/University of Pennsylvania Officer Resilience Training Program (BJA VALOR): one-day in-person course held regionally for a select number of attendees per agency, requested through the IACP intake form; the seed does not state a fee"),
            1: step(1, "Send a second group so that every shift has someone trained, and arrange coverage so they can attend.", "Sergeant or senior officer", 90, "Someone trained on every shift; attendance recorded"),
            2: shared(2, MANDATORY_TRAINING)}),
    "psychological-health.stigma": dict(
        text="Leaders openly encourage staff to seek help for mental health, to reduce stigma.",
        es="Los líderes alientan abiertamente al personal a buscar ayuda para su salud mental, para reducir el estigma.",
        source=HIST + "; " + CONCL,
        note=f'2.1: merged with physical-health.leaders-prioritize (the same leader message); one practice. Seed {S004}: "address the particularly strong stigma associated with mental health care in law enforcement"; seed {S004}: "national and local leaders encouraging officers to prioritize their wellness"',
        steps={0: step(0, "Tell all staff, on every shift, that seeking help for mental health is expected and supported, and that it does not by itself affect assignments.", "Chief executive", 30, "Message given on every shift")}),
    "psychological-health.warning-signs": dict(
        text="Staff are trained to recognise signs of depression, suicide risk and substance use in themselves and colleagues.",
        es="El personal recibe capacitación para reconocer señales de depresión, riesgo de suicidio y consumo de sustancias en sí mismo y en sus compañeros.",
        note=f'2.1: one practice (recognising; where to get help is the shared resource list). The seed names the topics; training to recognise them is the instrument\'s practice. Seed {S004}: "depression, suicide, suicidal ideation, chronic stress and anxiety, and substance use among LEOs"',
        steps={0: step(0, "Find a no-cost or regional course on recognising warning signs of depression, suicide risk and substance use, and send the sergeant or a senior officer first.", "Wellness coordinator", 60, "Course found; first person trained"),
               1: step(1, "Arrange the course for supervisors and anyone who will act as a peer contact.", "Wellness coordinator", 90, "Supervisors and peer contacts trained"),
               2: shared(2, MANDATORY_TRAINING)}),
    "psychological-health.crisis-lines": dict(
        text="Staff know how to reach a crisis line at any hour.",
        es="El personal sabe cómo contactar una línea de crisis a cualquier hora.",
        note=f'2.1: one practice (staff; families are in wellness-culture.family-supports); its sharing step is the shared resource list. Seed {S004}: "peer support networks, crisis hotlines, and other programs to help improve law enforcement health and safety"',
        steps={1: shared(1, RL)}),
    "psychological-health.burnout": dict(
        text="The agency checks regularly for signs of chronic stress and burnout among staff.",
        es="La agencia comprueba con regularidad si hay señales de estrés crónico y de agotamiento profesional (burnout) en el personal.",
        source=HIST + f"; {S001} — PRESS RELEASE: Beyond Us & Them announces new partnership with DOJ’s COPS Office enhancing compassion to improve Police-Community relations.",
        note=f'2.1: one practice (checking; responding is its later steps); cites 004\'s chronic stress, with POWER\'s burnout as context. Seed {S004}: "chronic stress and anxiety"; seed {S001}: "empathy fatigue, moral distress"',
        steps={1: step(1, "Ask staff about stress and burnout through an outside, anonymous survey (for example run by the city or county), because answers among a few colleagues are not anonymous.", "Wellness coordinator", 90, "Survey done by an outside body; results shared")}),
    "psychological-health.benefits": dict(
        text="Staff know the benefits the Public Safety Officer Support Act of 2022 extends for post-traumatic stress disorder and death by suicide.",
        es="El personal conoce los beneficios que la Ley de Apoyo a los Agentes de Seguridad Pública de 2022 (Public Safety Officer Support Act) otorga por trastorno de estrés postraumático y por muerte por suicidio.",
        note=f'2.1: one practice (staff; families dropped). Seed {S004}: "extends disability and death benefits to the families of"'),
    "physical-health.fitness": dict(
        text="Officers have time or a place for physical exercise.",
        es="Los oficiales disponen de tiempo o de un lugar para hacer ejercicio físico.",
        note=f'2.1: one practice (exercise; health checks are health-checks). Seed {S004}: "cardiac issues, exercise and diet habits among officers"',
        source=HIST,
        steps={0: step(0, "Ask staff what would help them exercise on or around shift.", "Wellness coordinator", 30, "Ideas listed"),
               1: step(1, "Arrange low-cost access to a gym or fitness space, for example through the city, county or a school.", "Wellness coordinator", 90, "Access in place and shared with staff")}),
    "physical-health.schedules": dict(
        text="Shift, overtime and scheduling rules let officers rest and keep up their physical health.",
        es="Las normas sobre turnos, horas extra y horarios permiten a los oficiales descansar y cuidar su salud física.",
        source=CONCL + "; " + HIST,
        note=f'2.1: reworded to physical health (rest); the time-to-engage question is culture-growth.staffing. Seed {S004}: "adapt policies and procedures that currently limit officers\' ability to prioritize their wellness"; seed {S004}: "strategies for maintaining good health while working in law enforcement"'),
}

REMOVED = {"community-relationships.two-way-learning", "officer-trust.job-security", "physical-health.leaders-prioritize"}
