using System.Text.Json;
using System.Text.Json.Nodes;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Instruments;
using WellnessAssessment.Service.Norms;
using WellnessAssessment.Service.Scoring;
using WellnessAssessment.Service.Surveys;

namespace WellnessAssessment.Api.OpenApi;

/// <summary>
/// The examples in the OpenAPI document: real values of the contract types, serialized by the API's own JSON options,
/// so an example can never show a shape the API does not send. The result example is the core's score of the request
/// example; the instrument example is the first built-in instrument cut to one domain of two items per section.
/// </summary>
internal sealed class ContractExamples
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);
    private readonly Dictionary<Type, JsonNode> _examples = [];

    public ContractExamples(InstrumentCatalog catalog)
    {
        var instrument = catalog.Instruments[0];
        var small = instrument with
        {
            Sections = [.. instrument.Sections.Select(section => section with { Domains = [section.Domains[0] with { Items = [.. section.Domains[0].Items.Take(2)] }] })],
        };
        var agency = new AgencyInfo("riverside-pd", "Riverside Police Department");

        // Scoring examples use a short custom instrument, so the request and its result stay small.
        var shortForm = small with { Id = "short-form", Version = "1.0.0", Title = "Short form (example)" };
        IReadOnlyList<Response> shortResponses = [.. Respondents(shortForm, 5)];
        var scoreRequest = new ScoreRequest
        {
            Instrument = shortForm.Reference,
            Agency = agency,
            Responses = shortResponses,
            InstrumentDefinition = shortForm,
            Options = new ScoringOptionsRequest { GapThreshold = 15 },
        };
        var result = new AssessmentScorer(scoreRequest.Options.ToOptions()).Score(shortForm, new ResponseSet { Instrument = shortForm.Reference, Agency = agency, Responses = shortResponses });
        IReadOnlyList<Response> responses = [.. Respondents(instrument, 2)];
        var set = new ResponseSet { Instrument = instrument.Reference, Agency = agency, Responses = responses };
        // One group under the minimum size and one suppressed beside it, so the two cannot be told apart by subtraction.
        var groups = instrument.Groups.Select((group, index) => index switch
        {
            0 => new GroupCount(group.Id, group.Title, 12, false, null),
            1 => new GroupCount(group.Id, group.Title, null, true, SuppressionReason.BelowMinimumGroupSize),
            2 => new GroupCount(group.Id, group.Title, null, false, SuppressionReason.Complementary),
            _ => new GroupCount(group.Id, group.Title, 9, false, null),
        }).ToList();
        // Dispatch got more answers than its headcount: the participation example shows the flag.
        var headcounts = new WellnessAssessment.Participation.Headcounts { Total = 80, Groups = new Dictionary<string, int> { ["line-officer"] = 30, ["dispatcher"] = 8 } };
        var participation = WellnessAssessment.Participation.ParticipationCalculator.Compute(
            instrument.Groups,
            instrument.Groups.Select((group, index) => (group.Id, Count: index switch { 0 => 12, 1 => 3, 2 => 7, _ => 9 })).ToDictionary(g => g.Id, g => g.Count),
            headcounts,
            ScoringOptions.Default.MinimumGroupSize);
        var view = new AssessmentView
        {
            Id = "spring-2026-3f9k2m",
            Title = "Spring 2026",
            Instrument = instrument.Reference,
            Status = "open",
            Purpose = WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey,
            Origin = "online",
            ResultsReleased = false,
            RespondentToken = "q7Zt2cX0pLr4mVn8sKe1wA",
            RespondentUrl = "https://wellness.example.org/survey/q7Zt2cX0pLr4mVn8sKe1wA",
            CreatedAt = Opened,
            ClosedAt = null,
            ResponseCount = participation.Respondents,
            MinimumGroupSize = ScoringOptions.Default.MinimumGroupSize,
            Groups = groups,
            Headcounts = headcounts,
            Participation = participation,
        };

        Add(scoreRequest);
        Add(result);
        Add(set);
        Add(responses[0]);
        Add(small);
        Add<IReadOnlyList<InstrumentSummary>>([.. catalog.Instruments.Select(each => new InstrumentSummary(each.Id, each.Version, each.Title, each.Description, each.Sections.Count, each.Domains.Count(), each.Items.Count()))]);
        Add(new CreateAgencyRequest("Riverside Police Department", "riverside-pd"));
        Add(new CreatedAgency("riverside-pd", "Riverside Police Department", "Vb4xQ9mK2pL7sT0wE5rY8uI3oA6dF1gH4jZ7cN2bM9k", Opened));
        Add(new CreateAssessmentRequest("Spring 2026", instrument.Id, instrument.Version) { Headcounts = headcounts, Purpose = WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey });
        Add(headcounts);
        Add(view);
        Add<IReadOnlyList<AssessmentView>>([view, view with { Id = "autumn-2025-8d2h5q", Title = "Autumn 2025", Status = "closed", ClosedAt = Opened.AddDays(-120), CreatedAt = Opened.AddDays(-160), ResponseCount = 37 }]);
        Add(new ImportReceipt(responses.Count));
        Add(new RotatedKey("riverside-pd", "p3Xw8Lq1Rt6Yz0Ab5Cd9Ef2Gh7Jk4Mn1Pq8Rs3Tu6Vw", Opened.AddDays(30)));
        var agencyProfile = new WellnessAssessment.Profiles.AgencyProfile { Size = WellnessAssessment.Profiles.AgencySize.From11To49, OwnAcademy = false, Dispatch = WellnessAssessment.Profiles.DispatchArrangement.Shared, UnionOrAssociation = true };
        Add(agencyProfile);
        Add(new AgencyView("riverside-pd", "Riverside Police Department", Opened.AddDays(-160), agencyProfile));
        Add(new SetFocusAreasRequest([.. instrument.Domains.Take(2).Select(domain => domain.Id)]));
        Add<IReadOnlyList<AuditEntry>>(
        [
            new(Opened.AddDays(-160), "agency-created", "admin", null, null),
            new(Opened.AddDays(-160), "cycle-opened", "agency", "autumn-2025-8d2h5q", $"{instrument.Id} {instrument.Version}"),
            new(Opened.AddDays(-120), "cycle-closed", "agency", "autumn-2025-8d2h5q", "37 responses"),
            new(Opened, "cycle-opened", "agency", view.Id, $"{instrument.Id} {instrument.Version}"),
        ]);
        Add(new SurveyView(view.Title, view.Status, view.MinimumGroupSize, small, new Dictionary<string, SurveyTimeEstimate> { [small.OwnLanguage] = SurveyTimeEstimate.For(small) }));
        Add(new Service.Drafts.SurveyDraft(responses[0], 2));
        Add(new Service.Drafts.DraftReceipt("K7M2Q-X9PRD"));
        Add(new SubmissionReceipt("o-Jq3vX8mT2pLr9sKe4wZn1A", "received") { ResumeCode = "K7M2Q-X9PRD" });
        foreach (var (type, example) in Register.RegisterExamples.Create(catalog))
        {
            _examples[type] = example;
        }
        AddBenchmarks(shortForm, result, scoreRequest.Options.ToOptions());
    }

    /// <summary>Norms from six agencies of 11–49 sworn staff answering the short form, and the example result compared with them.</summary>
    private void AddBenchmarks(Instrument shortForm, AssessmentResult result, ScoringOptions options)
    {
        var scorer = new AssessmentScorer(options);
        var peers = Enumerable.Range(0, 6).Select(index => scorer.Score(shortForm, new ResponseSet
        {
            Instrument = shortForm.Reference,
            Agency = new AgencyInfo($"peer-{index + 1}", $"Peer {index + 1}") { Profile = new AgencyProfile { Size = AgencySize.From11To49 } },
            Responses = [.. Respondents(shortForm, 5 + index).Skip(index)],
        })).ToList();
        var norms = new WellnessAssessment.Norms.PeerNormsBuilder().Build(peers);
        var agency = result with { Agency = result.Agency! with { Profile = new AgencyProfile { Size = AgencySize.From11To49 } } };
        var overall = norms.FindCell(WellnessAssessment.Norms.NormScope.Overall, null, null)!;
        Add(norms);
        Add(WellnessAssessment.Norms.PeerComparer.Compare(agency, norms));
        Add(new WellnessAssessment.Service.Norms.BenchmarkContributionView("autumn-2025-8d2h5q", true, Opened.AddDays(-110)));
        Add(new WellnessAssessment.Service.Norms.BenchmarkSummary(shortForm.Id, 1, "external", overall.Agencies, norms.Cells.Count(c => !c.Withheld), true, peers.Count, "rebuild"));
        Add<IReadOnlyList<WellnessAssessment.Service.Norms.BenchmarkSummary>>([new WellnessAssessment.Service.Norms.BenchmarkSummary(shortForm.Id, 1, "deployment", overall.Agencies, norms.Cells.Count(c => !c.Withheld), true, peers.Count, "rebuild")]);
        Add(new WellnessAssessment.Service.Invitations.IssueInvitationsRequest(3));
        Add(new WellnessAssessment.Service.Invitations.IssuedInvitations(["7KQ2M-XH4PD", "C9T3V-0RWJ8", "M5ZB1-Y6NFA"], 3, "https://wellness.example.org/survey/#pcv3FM61r0cQ2xVb8nZtLw4kHs9dYeJ5"));
        Add(new WellnessAssessment.Service.Invitations.InvitationSheetRequest(["7KQ2M-XH4PD", "C9T3V-0RWJ8", "M5ZB1-Y6NFA"]));
        Add(new WellnessAssessment.Service.Invitations.InvitationStatus(120, 87));
        Add(WellnessAssessment.Service.Vocabulary.VocabularyView.Current);
        Add(WellnessAssessment.Service.Results.ResultView.Of(result, shortForm));
    }

    private static IEnumerable<Response> Respondents(Instrument instrument, int count) =>
        Enumerable.Range(0, count).Select(index => new Response
        {
            RespondentId = $"r{index + 1:00}",
            Group = instrument.Groups[index % 2 == 0 ? 0 : instrument.Groups.Count - 1].Id,
            Answers = instrument.Items
                .Select((item, position) => (item.Id, Answer: position % 7 == 3 ? Answer.DontKnow : Answer.Level(instrument.Scale.Min + ((index + position) % instrument.Scale.PointCount))))
                .ToDictionary(pair => pair.Id, pair => pair.Answer),
        });

    /// <summary>The example of <paramref name="type"/>, or null when the contract has none.</summary>
    public JsonNode? For(Type type) => _examples.TryGetValue(type, out var example) ? example.DeepClone() : null;

    private void Add<T>(T value) where T : notnull =>
        _examples[typeof(T)] = JsonSerializer.SerializeToNode(value, ApiJson.TypeInfo<T>())!;
}
