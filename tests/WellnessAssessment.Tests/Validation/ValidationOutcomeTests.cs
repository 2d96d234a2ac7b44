using WellnessAssessment.Instruments;
using WellnessAssessment.Norms;
using WellnessAssessment.Participation;
using WellnessAssessment.Register;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Validation;

/// <summary>One validation style: every public Validate returns a <see cref="ValidationOutcome"/>, whose ThrowIfInvalid throws the one exception.</summary>
public sealed class ValidationOutcomeTests
{
    [Fact]
    public void ThrowIfInvalid_OnAnInvalidRegister_ThrowsEveryErrorUnderTheRegistersSubject()
    {
        var good = TwoCycles.Register().Actions;
        var outcome = new ActionRegister { Actions = [good[0] with { Level = -1, Recommendation = "" }] }.Validate();

        var thrown = Assert.Throws<AssessmentValidationException>(outcome.ThrowIfInvalid);

        Assert.False(outcome.IsValid);
        Assert.Equal("action register", outcome.Subject);
        Assert.Equal("action register", thrown.Subject);
        Assert.Equal(["actions[0].level: must be 0 or more", "actions[0].recommendation: is required"], thrown.Errors.Select(e => e.ToString()));
        Assert.Equal(outcome.Errors, thrown.Errors);
        Assert.Equal(2, outcome.Count);
        Assert.Equal(outcome.Errors[1], outcome[1]);
    }

    [Fact]
    public void ThrowIfInvalid_OnAValidRegister_DoesNothing()
    {
        var outcome = TwoCycles.Register().Validate();

        outcome.ThrowIfInvalid();

        Assert.True(outcome.IsValid);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void EveryValidator_NamesItsSubject()
    {
        var instrument = InstrumentCatalog.BuiltIn.Instruments[0];
        var compiled = InstrumentCatalog.BuiltIn.ResolveCompiled(instrument.Reference);

        Assert.Equal("instrument", InstrumentLoader.Validate(instrument with { Id = "" }).Subject);
        Assert.Equal("headcounts", HeadcountsValidation.Validate(new Headcounts { Total = 0 }, instrument).Subject);
        Assert.Equal("response", compiled.Validate(new WellnessAssessment.Responses.Response { RespondentId = "r1", Group = "nobody", Answers = new Dictionary<string, WellnessAssessment.Responses.Answer>() }).Subject);
        Assert.Equal("action edit", new ActionEdit { Status = ActionStatus.Done }.Validate().Subject);
        Assert.Equal("norms", new PeerNorms { Format = "old", Instrument = null!, MinimumAgencies = 1, Contributions = [], Cells = [] }.Validate().Subject);
    }
}
