using System.Security.Cryptography;
using System.Text.RegularExpressions;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Tests.Instruments;

public sealed partial class Version21InstrumentTests
{
    /// <summary>Words naming a role, unit, area, group or budget a 9-officer agency with shared dispatch does not have.</summary>
    private static readonly string[] LargeAgencyWords =
    [
        "command staff", "unit", "units", "patrol area", "patrol areas", "lieutenant", "lieutenants", "middle manager", "middle managers",
        "working group", "budget line", "executives", "division", "dispatchers", "in-house", "training commander",
        "public information officer", "wellness unit", "captain",
    ];

    private static Instrument Version20 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static Instrument Version21 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!;

    private static readonly AgencyProfile NineOfficers = ExampleResponseSets.NineOfficerProfile;

    [Fact]
    public void Catalog_ListsThreeVersionsInOrder_AndFindsTheLatestByDefault()
    {
        Assert.Equal(
            [new InstrumentReference("safer-together", "1.0.0"), new InstrumentReference("safer-together", "2.0.0"), new InstrumentReference("safer-together", "2.1.0")],
            InstrumentCatalog.BuiltIn.Instruments.Select(instrument => instrument.Reference));
        Assert.Same(Version21, InstrumentCatalog.BuiltIn.Find("safer-together"));
    }

    [Theory]
    [InlineData("safer-together.v1.json", "bb3e03421586cfa901539f9f7c89e14ef0b9813c4694697c4ca17923504503f2")]
    [InlineData("safer-together.v2.json", "3774f003869ff636f704d6974520ff5d1ed89c4251174aaa309f0238a98a74a7")]
    public void EarlierVersionFiles_StayByteIdentical(string file, string sha256)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Assessments, file))));

        Assert.Equal(sha256, hash);
    }

    [Fact]
    public void Version21_ValidatesAndMatchesTheFileInAssessments()
    {
        var fromFile = InstrumentLoader.LoadFile(Path.Combine(RepositoryPaths.Assessments, "safer-together.v2.1.json"));

        Assert.Equal(WellnessJson.Serialize(fromFile), WellnessJson.Serialize(Version21));
        Assert.Equal("2.1.0", fromFile.Version);
        Assert.Equal(83, fromFile.Items.Count());
    }

    [Fact]
    public void EveryCitation_NamesASeedFileAndASectionHeadingThatExist()
    {
        var citations = Version21.Domains.Select(domain => (domain.Id, domain.Source!))
            .Concat(Version21.Items.Select(item => (item.Id, item.Source!)))
            .Concat(Version21.Outcomes!.Select(outcome => (outcome.Id, outcome.Source)))
            .Concat(Version21.Roles!.Select(role => (role.Title, role.Establish.Source!)))
            .Append(("hearStaff", Version21.HearStaff!.Source!));

        var checkedCount = 0;
        foreach (var (owner, source) in citations)
        {
            foreach (var citation in source.Split("; "))
            {
                var parts = citation.Split(" — ", 2);
                Assert.True(parts.Length == 2, $"{owner}: '{citation}' is not 'file — heading'");
                var path = Path.Combine(RepositoryPaths.Seeds, parts[0]);
                Assert.True(File.Exists(path), $"{owner}: seed file {parts[0]} does not exist");
                Assert.True(SeedCitation.Exists(File.ReadAllLines(path), parts[1]), $"{owner}: no heading '{parts[1]}' in {parts[0]}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 110, $"only {checkedCount} citations checked");
    }

    [Fact]
    public void EveryNewOrChangedItem_QuotesASeedPassageThatIsInThatSeed()
    {
        var before = Version20.Items.ToDictionary(item => item.Id, item => item.Text);
        var changed = Version21.Items.Where(item => !before.TryGetValue(item.Id, out var text) || text != item.Text).ToList();
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").ToDictionary(path => Path.GetFileName(path), path => Normalize(File.ReadAllText(path)));

        Assert.True(changed.Count >= 35, $"only {changed.Count} items changed");
        var quotes = 0;
        foreach (var item in Version21.Items.Where(item => item.Note is not null).Concat(changed).Distinct())
        {
            Assert.False(string.IsNullOrEmpty(item.Note), $"{item.Id} is new or changed but has no note");
            var matches = SeedQuote().Matches(item.Note!);
            Assert.True(matches.Count > 0, $"{item.Id}: the note quotes no seed passage");
            foreach (Match match in matches)
            {
                var seed = match.Groups["file"].Value;
                Assert.True(seeds.ContainsKey(seed), $"{item.Id}: {seed} is not a seed");
                Assert.True(seeds[seed].Contains(Normalize(match.Groups["quote"].Value), StringComparison.Ordinal), $"{item.Id}: \"{match.Groups["quote"].Value}\" is not in {seed}");
                Assert.Contains(seed, item.Source, StringComparison.Ordinal);
                quotes++;
            }
        }

        Assert.True(quotes >= 60, $"only {quotes} quotations checked");
    }

    [Fact]
    public void EveryOutcomeItem_QuotesASeedPassageThatIsInTheSeedItCites()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").ToDictionary(path => Path.GetFileName(path), path => Normalize(File.ReadAllText(path)));

        Assert.Equal(
            ["outcome.trust-leadership", "outcome.intent-to-stay", "outcome.supported-wellness", "outcome.seek-help", "outcome.concerns-acted-on"],
            Version21.Outcomes!.Select(outcome => outcome.Id));
        foreach (var outcome in Version21.Outcomes!)
        {
            var matches = SeedQuote().Matches(outcome.Note!);
            Assert.True(matches.Count > 0, $"{outcome.Id}: the note quotes no seed passage");
            foreach (Match match in matches)
            {
                var seed = match.Groups["file"].Value;
                Assert.True(seeds[seed].Contains(Normalize(match.Groups["quote"].Value), StringComparison.Ordinal), $"{outcome.Id}: \"{match.Groups["quote"].Value}\" is not in {seed}");
                Assert.Contains(seed, outcome.Source, StringComparison.Ordinal);
            }

            Assert.Equal(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"], outcome.Scale.Levels.Select(level => level.Label));
            Assert.False(string.IsNullOrWhiteSpace(outcome.Translations!["es"]["text"]));
        }
    }

    [Fact]
    public void TheFourUnsupportedCitationsOf200_NowCiteThePassageThatCarriesTheClaim()
    {
        Assert.DoesNotContain(Version21.Items, item => item.Id == "community-relationships.two-way-learning");
        Assert.Contains("Embracing opportunities for growth", Item("community-relationships.residents-learn").Source, StringComparison.Ordinal);
        Assert.Contains("002_c20ff45a33e77018.txt — Training Program Overview", Item("collaboration.dispatch").Source, StringComparison.Ordinal);
        Assert.Contains("Institutionalizing and Sustaining", Item("officer-trust.feedback-reported").Source, StringComparison.Ordinal);
        Assert.StartsWith("004_b76c2984046042d5.txt — History and Evolution", Item("psychological-health.burnout").Source, StringComparison.Ordinal);
        Assert.Single(Version21.Roles!, role => role.Establish.Source!.EndsWith("Institutionalizing and Sustaining a Culture of Community Partnership", StringComparison.Ordinal) && role.Title == "Planning and research manager");
        // Only the roles whose work that section describes (evaluation, hiring, policy) still cite it; 2.0.0 had eleven.
        Assert.Equal(3, Version21.Roles!.Count(role => role.Establish.Source!.Contains("Institutionalizing", StringComparison.Ordinal)));
    }

    [Fact]
    public void NotApplicable_IsOfferedWhereAPracticeDependsOnAnEventThatMayNotHaveHappened()
    {
        string[] eventDependent =
        [
            "reflect-assess.after-action", "reflect-assess.rank-and-file-review", "reflect-assess.community-review", "reflect-assess.lessons-learned",
            "set-the-tone.transparency-public", "set-the-tone.transparency-staff", "wellness-supports.debriefings", "wellness-culture.crisis-support-plan",
            "set-the-tone.values-in-response", "institutionalization.hiring", "wellness-culture.tailored-supports",
        ];

        Assert.All(eventDependent, id => Assert.True(Item(id).AllowNotApplicable, id));
        Assert.Contains("some people or shifts", Version21.Scale.Levels[2].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("units", Version21.Scale.Levels[2].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ForANineOfficerAgency_EveryStepAvoidsTheWordsOfALargerAgency()
    {
        foreach (var profile in new[] { NineOfficers, NineOfficers with { UnionOrAssociation = true }, NineOfficers with { EmployeeAssistance = EmployeeAssistanceArrangement.Own } })
        {
            foreach (var item in Version21.Items)
            {
                foreach (var recommendation in item.Recommendations)
                {
                    var step = recommendation.For(profile);
                    AssertNoLargeAgencyWord($"{item.Id} L{recommendation.Level}", step.Action, step.Indicator, step.Owner, step.Resource);
                }
            }
        }
    }

    [Fact]
    public void ForANineOfficerAgency_TheReportNamesNothingItLacks_AndTheChiefOwnsUnderSixtyPercent()
    {
        var set = ExampleResponseSets.NineStaffAgency(Version21);
        var everyLow = set with
        {
            Responses = [.. set.Responses.Select(response => response with { Answers = Version21.Items.ToDictionary(item => item.Id, _ => Answer.Level(0)) })],
        };

        foreach (var responses in new[] { set, everyLow })
        {
            var result = new AssessmentScorer().Score(Version21, responses);
            var owners = result.ActionPlan.Select(entry => entry.Owner).Concat(result.KeepItGoing.Select(entry => entry.Owner)).Concat(result.FirstSteps.Select(step => step.Owner)).ToList();

            Assert.NotEmpty(result.ActionPlan);
            foreach (var entry in result.ActionPlan)
            {
                AssertNoLargeAgencyWord(entry.ItemId, entry.Action, entry.Indicator, entry.Owner, entry.Resource, entry.ItemText);
            }

            foreach (var step in result.FirstSteps)
            {
                AssertNoLargeAgencyWord(step.Role ?? "first step", step.Action, step.Indicator, step.Owner, step.Resource);
            }

            var chief = owners.Count(owner => owner.StartsWith("Chief", StringComparison.Ordinal));
            Assert.True(chief < 0.6 * owners.Count, $"the chief owns {chief} of {owners.Count} steps");
            Assert.Contains(owners, owner => owner == "Sergeant or senior officer");
            Assert.Contains(owners, owner => owner.StartsWith("City or county", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ForANineOfficerAgency_ThePlanOffersOneRequiredTrainingAndOneResourceListWithTheItemsTheyServe()
    {
        var set = ExampleResponseSets.NineStaffAgency(Version21);
        var everyLow = set with
        {
            Responses = [.. set.Responses.Select(response => response with { Answers = Version21.Items.ToDictionary(item => item.Id, item => Answer.Level(item.Recommendations.Any(r => r.Shared is not null && r.Level == 2) ? 2 : 0)) })],
        };

        var plan = new AssessmentScorer(Named.Options).Score(Version21, everyLow).ActionPlan;

        var mandatory = plan.Where(entry => MakeRequired().IsMatch(entry.Action)).ToList();
        var training = Assert.Single(mandatory);
        Assert.True(training.AlsoServes!.Count >= 5, string.Join(", ", training.AlsoServes));
        Assert.Single(plan, entry => entry.Action.StartsWith("Keep one list of where staff can get help", StringComparison.Ordinal));
        Assert.Single(plan, entry => entry.Action.StartsWith("Write one short statement of the agency's values", StringComparison.Ordinal));
        var planned = plan.Select(entry => entry.ItemId).Concat(plan.SelectMany(entry => entry.AlsoServes ?? [])).ToList();
        Assert.Equal(planned.Count, planned.Distinct().Count());
        Assert.Equal(Version21.Items.Count(), planned.Count);
    }

    [Fact]
    public void Version20Plans_HaveNoSharedSteps_SoTheirResultsAreUnchanged()
    {
        var set = ExampleResponseSets.NineOfficerAgency(Version20);

        var result = new AssessmentScorer().Score(Version20, set);

        Assert.All(Version20.Items.SelectMany(item => item.Recommendations), r => Assert.Null(r.Shared));
        Assert.All(result.ActionPlan, entry => Assert.Null(entry.AlsoServes));
        Assert.DoesNotContain("alsoServes", WellnessJson.Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public void SpanishText_UsesNoForbiddenRendering()
    {
        var forbidden = ForbiddenRenderings();
        string[] highSeverity = ["tiempo real", "análisis psicológico", "tareas de control", "normalmente se espera", "participación comunitaria"];
        var spanish = SpanishTexts(Version21).ToList();

        Assert.True(forbidden.Count >= 20, $"only {forbidden.Count} forbidden renderings read from the glossary");
        Assert.Subset(forbidden.ToHashSet(), highSeverity.ToHashSet());
        Assert.True(spanish.Count >= 130, $"only {spanish.Count} Spanish texts");
        foreach (var word in forbidden.Concat(highSeverity))
        {
            Assert.DoesNotContain(spanish, text => text.Contains(word, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(SpanishTexts(Version20), text => text.Contains("tiempo real", StringComparison.Ordinal));
        Assert.Contains("(debriefing)", Item("wellness-supports.debriefings").Translations!["es"]["text"], StringComparison.Ordinal);
        Assert.Contains("jefe de policía o el sheriff", Item("training.all-ranks").Translations!["es"]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyPageSpanishStrings_UseNoForbiddenRendering()
    {
        var forbidden = ForbiddenRenderings();
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "WellnessAssessment.Api", "wwwroot", "js", "survey-text.js"));
        var start = script.IndexOf("\n  es: {", StringComparison.Ordinal);
        var end = script.IndexOf("\n  },", start, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the page's Spanish block (  es: { … }) was not found in survey-text.js");
        var spanish = script[start..end];

        Assert.Contains("Sus respuestas no son anónimas", spanish, StringComparison.Ordinal);
        foreach (var word in forbidden)
        {
            Assert.False(spanish.Contains(word, StringComparison.OrdinalIgnoreCase), $"survey-text.js (es) uses the forbidden rendering '{word}'");
        }
    }

    [Fact]
    public void Docs_RecordThatASpanishSpeakersReviewIsPending_AndAnswerTheAudit()
    {
        var glossary = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "glossary-es.md"));
        var changes = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "instrument-2.1.md"));

        Assert.Contains("Review pending", glossary, StringComparison.Ordinal);
        Assert.Contains("review", changes, StringComparison.OrdinalIgnoreCase);
        foreach (var id in new[] { "job-security", "transparency", "warning-signs", "crisis-lines", "burnout", "benefits", "two-way-learning", "feedback-reported", "local-knowledge", "staffing" })
        {
            Assert.Contains(id, changes, StringComparison.Ordinal);
        }
    }

    /// <summary>The Forbidden column of docs/glossary-es.md: each rendering in code spans.</summary>
    private static List<string> ForbiddenRenderings() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "glossary-es.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| English", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|'))
            .Where(columns => columns.Length >= 3)
            .SelectMany(columns => CodeSpan().Matches(columns[2]).Select(match => match.Groups[1].Value))
            .ToList();

    private static IEnumerable<string> SpanishTexts(Instrument instrument)
    {
        IEnumerable<ITranslatable?> parts = [instrument, .. instrument.Scale.Levels, .. instrument.Groups, .. instrument.Sections, .. instrument.Domains, .. instrument.Items,
            .. instrument.Outcomes ?? [], .. (instrument.Outcomes ?? []).SelectMany(outcome => outcome.Scale.Levels)];
        return parts.Where(part => part?.Translations is not null && part.Translations.ContainsKey("es")).SelectMany(part => part!.Translations!["es"].Values);
    }

    private static Item Item(string id) => Version21.Items.Single(item => item.Id == id);

    private static void AssertNoLargeAgencyWord(string where, params string?[] texts)
    {
        foreach (var text in texts.Where(text => text is not null))
        {
            foreach (var word in LargeAgencyWords)
            {
                Assert.False(Regex.IsMatch(text!, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase), $"{where}: '{word}' in \"{text}\"");
            }
        }
    }

    private static string Normalize(string text) =>
        Whitespace().Replace(text.Replace('’', '\'').Replace('“', '"').Replace('”', '"'), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"[Ss]eed (?<file>\d{3}_[0-9a-f]{16}\.txt): ""(?<quote>[^""]+)""")]
    private static partial Regex SeedQuote();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(make|made)\b[^.]*\b(required|mandatory)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakeRequired();
}
