using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Responses;

public sealed class ResponseSetValidatorTests
{
    private static readonly Instrument Instrument = SmallInstrument.Create();

    private static List<string> Errors(ResponseSet set) =>
        Assert.Throws<AssessmentValidationException>(() => new AssessmentScorer().Score(Instrument, set)).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce_WithJsonPaths()
    {
        var set = ResponseSets.For(Instrument,
            ("officer", new() { ["d1.a"] = 3 }),
            ("captain", new() { ["d1.a"] = 5, ["training.fto"] = 1 }),
            ("officer", new() { ["d1.b"] = Answer.NotApplicable, ["d2.d"] = Answer.NotApplicable, ["d3.e"] = Answer.Unrecognized("\"often\"") }));

        Assert.Equal(
        [
            "responses[1].group: 'captain' is not a group of small 1.0.0; use one of: exec, sergeant, officer, civilian",
            "responses[1].answers[\"d1.a\"]: 5 is off the scale (0–4)",
            "responses[1].answers[\"training.fto\"]: 'training.fto' is not an item of small 1.0.0",
            "responses[2].answers[\"d1.b\"]: not-applicable is not allowed for this item",
            "responses[2].answers[\"d3.e\"]: \"often\" is not an answer: use a whole number from 0 to 4, \"dont-know\" or \"not-applicable\"",
        ], Errors(set));
    }

    [Fact]
    public void Validate_RejectsDuplicateRespondentIds()
    {
        var set = ResponseSets.For(Instrument, ("officer", []), ("officer", []), ("officer", []));
        set = set with { Responses = [set.Responses[0], set.Responses[1], set.Responses[2] with { RespondentId = "r-001" }] };

        Assert.Equal(["responses[2].respondentId: 'r-001' is already the respondent id of responses[0]"], Errors(set));
    }

    [Fact]
    public void Validate_RejectsAnEmailAddressAsRespondentId_WherePlainIdsPass()
    {
        var set = ResponseSets.For(Instrument, ("officer", []), ("officer", []));
        set = set with { Responses = [set.Responses[0] with { RespondentId = "jane.doe@agency.gov" }, set.Responses[1] with { RespondentId = "r-017" }] };

        Assert.Equal(["responses[0].respondentId: looks like an email address; respondent ids must not identify people: use an opaque id"], Errors(set));
        Assert.False(Identifiers.IsOpaqueRespondentId("@"));
        Assert.True(Identifiers.IsOpaqueRespondentId("jane.doe-agency.gov"));
    }

    [Fact]
    public void Validate_RejectsAnotherInstrumentOrVersion()
    {
        var other = ResponseSets.For(Instrument) with { Instrument = new InstrumentReference("safer-together", "1.0.0") };
        var version = ResponseSets.For(Instrument) with { Instrument = new InstrumentReference("small", "1.1.0") };

        Assert.Equal(["instrument.id: 'safer-together' does not match the instrument being scored ('small')"], Errors(other));
        Assert.Equal(["instrument.version: '1.1.0' does not match the version being scored ('1.0.0')"], Errors(version));
    }

    [Fact]
    public void Validate_RejectsMissingFieldsReadFromJson()
    {
        var set = WellnessJson.ReadResponseSet("""
            { "instrument": { "id": "small", "version": "1.0.0" },
              "responses": [ { "answers": { "d1.a": 2 } }, { "respondentId": "x", "group": "officer" } ] }
            """);

        Assert.Equal(
        [
            "responses[0].respondentId: is required",
            "responses[0].group: is required",
            "responses[1].answers: is required",
        ], Errors(set));
    }

    [Fact]
    public void Validate_ReturnsNothingPartial_WhenOneResponseOfManyIsBad()
    {
        var good = ResponseSets.Many(Instrument, "officer", 50, 3);
        var set = ResponseSets.For(Instrument, [.. good, ("officer", new() { ["d1.a"] = -1 })]);

        var error = Assert.Throws<AssessmentValidationException>(() => new AssessmentScorer().Score(Instrument, set));

        Assert.Equal("response set", error.Subject);
        Assert.StartsWith("The response set is invalid (1 error):", error.Message, StringComparison.Ordinal);
        Assert.Equal("responses[50].answers[\"d1.a\"]", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void Validate_AcceptsAValidSet()
    {
        var set = ResponseSets.For(Instrument, ("officer", new() { ["d1.a"] = 0, ["d2.d"] = Answer.NotApplicable, ["d3.e"] = Answer.DontKnow }));

        Assert.True(new ResponseSetValidator(Instrument).Validate(set).IsValid);
    }
}
