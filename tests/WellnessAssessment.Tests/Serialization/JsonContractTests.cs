using System.Text.Json.Nodes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Serialization;

public sealed class JsonContractTests
{
    private static readonly Instrument Instrument = SmallInstrument.Create();

    [Theory]
    [InlineData(AnswerOrigin.Online, "online")]
    [InlineData(AnswerOrigin.Import, "import")]
    public void Result_OfACycle_CarriesItsOrigin_AndReadsItBack(AnswerOrigin origin, string written)
    {
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, ("exec", new() { ["d1.a"] = 1 }))) with { Origin = origin };

        var json = WellnessJson.Serialize(result);

        Assert.Equal(written, JsonNode.Parse(json)!["origin"]!.GetValue<string>());
        Assert.Equal(origin, WellnessJson.ReadResult(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Origin);
    }

    [Fact]
    public void ResponseSet_ReadsTheContractExample()
    {
        var set = WellnessJson.ReadResponseSet("""
            {
              "instrument": { "id": "safer-together", "version": "1.0.0" },
              "agency": { "id": "riverside-pd", "name": "Riverside Police Department" },
              "responses": [
                {
                  "respondentId": "r-001",
                  "group": "line-officer",
                  "answers": { "training.academy": 3, "training.fto": "dont-know", "wellness.chaplain": "not-applicable" }
                }
              ]
            }
            """);

        Assert.Equal(new InstrumentReference("safer-together", "1.0.0"), set.Instrument);
        Assert.Equal(new AgencyInfo("riverside-pd", "Riverside Police Department"), set.Agency);
        var response = Assert.Single(set.Responses);
        Assert.Equal("r-001", response.RespondentId);
        Assert.Equal("line-officer", response.Group);
        Assert.Equal(Answer.Level(3), response.Answers["training.academy"]);
        Assert.Equal(Answer.DontKnow, response.Answers["training.fto"]);
        Assert.Equal(Answer.NotApplicable, response.Answers["wellness.chaplain"]);
    }

    [Fact]
    public void ResponseSet_RoundTrips()
    {
        var set = ResponseSets.For(Instrument, ("officer", new() { ["d1.a"] = 3, ["d1.b"] = Answer.DontKnow, ["d2.d"] = Answer.NotApplicable }));

        var json = WellnessJson.Serialize(set);

        Assert.Equal(
            """{"instrument":{"id":"small","version":"1.0.0"},"agency":{"id":"test-pd","name":"Test Police Department"},"responses":[{"respondentId":"r-001","group":"officer","answers":{"d1.a":3,"d1.b":"dont-know","d2.d":"not-applicable"}}]}""",
            json);
        Assert.Equal(json, WellnessJson.Serialize(WellnessJson.ReadResponseSet(json)));
    }

    [Fact]
    public void Instrument_RoundTrips()
    {
        var json = WellnessJson.Serialize(Instrument, indented: true);
        var again = InstrumentLoader.Parse(json);

        Assert.Equal(json, WellnessJson.Serialize(again, indented: true));
        Assert.Equal(Instrument.Items.Select(i => i.Id), again.Items.Select(i => i.Id));
    }

    [Fact]
    public void Result_OfAnAnonymousSurveyWithFewerThanK_WritesOnlyThatFact()
    {
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, ("exec", new() { ["d1.a"] = 1 })));

        var json = JsonNode.Parse(WellnessJson.Serialize(result))!.AsObject();

        Assert.Null(json["respondents"]);
        Assert.Equal("anonymous-survey", json["disclosure"]!["purpose"]!.GetValue<string>());
        Assert.Equal("fewer-than-minimum", json["disclosure"]!["status"]!.GetValue<string>());
        Assert.Equal("Fewer than 5 people responded, so no results are shown.", json["disclosure"]!["statement"]!.GetValue<string>());
        Assert.Null(json["overall"]!["score"]);
        Assert.Empty(json["sections"]!.AsArray());
        Assert.Empty(json["actionPlan"]!.AsArray());
        Assert.Empty(json["strengths"]!.AsArray());
        Assert.Null(json["singleView"]);
    }

    [Fact]
    public void Result_WritesContractFieldNames_NullsIncluded()
    {
        var result = new AssessmentScorer(Named.Options).Score(Instrument, ResponseSets.For(Instrument, ("exec", new() { ["d1.a"] = 1 })));

        var json = JsonNode.Parse(WellnessJson.Serialize(result))!.AsObject();

        Assert.Equal("leadership-self-assessment", json["disclosure"]!["purpose"]!.GetValue<string>());
        Assert.Equal("published", json["disclosure"]!["status"]!.GetValue<string>());
        Assert.Equal(5, json["disclosure"]!["minimumGroupSize"]!.GetValue<int>());
        Assert.Equal("supplied", json["origin"]!.GetValue<string>());
        Assert.Equal(["instrument", "agency", "respondents", "disclosure", "origin", "options", "overall", "sections", "singleView", "firstSteps", "actionPlan", "keepItGoing", "strengths", "trend"], json.Select(p => p.Key));
        Assert.Null(json["trend"]);
        Assert.Equal(0.5, json["options"]!["minimumCoverage"]!.GetValue<double>());
        Assert.Equal(1, json["respondents"]!.GetValue<int>());
        Assert.Equal(5, json["options"]!["minimumGroupSize"]!.GetValue<int>());
        Assert.Equal(15, json["options"]!["gapThreshold"]!.GetValue<double>());
        // d1.a = 1 → 25 → emerging, and every other part unscored.
        Assert.Equal("emerging", json["overall"]!["band"]!.GetValue<string>());
        var domain = json["sections"]![0]!["domains"]![0]!.AsObject();
        foreach (var field in new[] { "id", "score", "band", "n", "sd", "ci95", "alpha", "perceptionGap", "groups", "items" })
        {
            Assert.True(domain.ContainsKey(field), field);
        }

        Assert.Null(domain["sd"]);
        Assert.Null(domain["ci95"]);
        Assert.Null(domain["alpha"]);
        Assert.Equal("insufficient-respondents", domain["perceptionGap"]!["status"]!.GetValue<string>());
        var exec = domain["groups"]![0]!.AsObject();
        Assert.True(exec["suppressed"]!.GetValue<bool>());
        Assert.Equal("below-minimum-group-size", exec["suppressionReason"]!.GetValue<string>());
        Assert.True(exec.ContainsKey("score"));
        Assert.Null(exec["score"]);
        var item = domain["items"]![0]!.AsObject();
        foreach (var field in new[] { "id", "score", "n", "sd", "dontKnowRate", "rwg", "groups" })
        {
            Assert.True(item.ContainsKey(field), field);
        }

        var action = json["actionPlan"]![0]!.AsObject();
        foreach (var field in new[] { "itemId", "domainId", "priority", "level", "action", "owner", "timeframe", "indicator", "source" })
        {
            Assert.True(action.ContainsKey(field), field);
        }

        Assert.Equal("low-score", action["reasons"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Result_RoundTrips()
    {
        var scorer = new AssessmentScorer();
        var previous = scorer.Score(Instrument, ResponseSets.For(Instrument, [.. ResponseSets.Many(Instrument, "officer", 6, 1)]));
        var result = scorer.Score(Instrument, ResponseSets.For(Instrument, [.. ResponseSets.Many(Instrument, "officer", 6, 3), .. ResponseSets.Many(Instrument, "exec", 5, 4)]), previous);

        var json = WellnessJson.Serialize(result);

        Assert.Equal(json, WellnessJson.Serialize(WellnessJson.ReadResult(json)));
        Assert.Contains("\"trend\":{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadAnswersBecomeUnrecognized_SoValidationListsThemAll()
    {
        var set = WellnessJson.ReadResponseSet("""
            { "instrument": { "id": "small", "version": "1.0.0" },
              "responses": [ { "respondentId": "a", "group": "officer", "answers": { "d1.a": 2.5, "d1.b": "yes", "d3.e": true, "d3.f": [1] } } ] }
            """);

        var errors = Assert.Throws<AssessmentValidationException>(() => new AssessmentScorer().Score(Instrument, set)).Errors;

        Assert.Equal(
        [
            "2.5 is not an answer: use a whole number from 0 to 4, \"dont-know\" or \"not-applicable\"",
            "\"yes\" is not an answer: use a whole number from 0 to 4, \"dont-know\" or \"not-applicable\"",
            "true is not an answer: use a whole number from 0 to 4, \"dont-know\" or \"not-applicable\"",
            "an array is not an answer: use a whole number from 0 to 4, \"dont-know\" or \"not-applicable\"",
        ], errors.Select(e => e.Message));
    }

    [Fact]
    public void Read_TruncatedJson_NamesThePlace()
    {
        var error = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadResponseSet("""{ "instrument": { "id": "small", "version": "1.0.0" }, "responses": [ { "respondentId": "a", """));

        var single = Assert.Single(error.Errors);
        Assert.Equal("responses[0]", single.Path);
        Assert.StartsWith("the JSON ends too early (is the file truncated?) (line 1, position", single.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTypeOfField_NamesThePath()
    {
        var error = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadResponseSet("""{ "instrument": { "id": "small", "version": "1.0.0" }, "responses": { "a": 1 } }"""));

        Assert.Equal("responses", Assert.Single(error.Errors).Path);
        Assert.StartsWith("has the wrong type of value for this field", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateAnswerKeys_AreRejected()
    {
        var error = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadResponseSet("""
            { "instrument": { "id": "small", "version": "1.0.0" },
              "responses": [ { "respondentId": "a", "group": "officer", "answers": { "d1.a": 2, "d1.a": 3 } } ] }
            """));

        Assert.StartsWith("responses[0].answers", error.Errors[0].Path, StringComparison.Ordinal);
        Assert.StartsWith("is given more than once", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullDocument_IsRejected()
    {
        var error = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadResponseSet("null"));

        Assert.Equal("the JSON is null; expected a response set object", Assert.Single(error.Errors).Message);
    }
}
