using WellnessAssessment.Register;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Register;

public sealed class ActionRegisterTests
{
    [Fact]
    public void Register_FromTheFixture_IsValid()
    {
        Assert.Empty(TwoCycles.Register().Validate());
    }

    [Fact]
    public void Register_WithBrokenActions_ReportsEachProblemWithItsPath()
    {
        var good = TwoCycles.Register().Actions;
        var register = new ActionRegister
        {
            Actions =
            [
                good[0] with { Id = "has space", Level = -1, Recommendation = "" },
                good[1] with { Id = good[2].Id, History = [new(ActionStatus.InProgress, new(2026, 5, 1)), new(ActionStatus.Done, new(2026, 4, 1))] },
                good[2],
                good[3] with { Status = ActionStatus.Done },
            ],
        };

        Assert.Equal(
            [
                new ValidationError("actions[0].id", "must start with a letter or digit and contain only letters, digits, '.', '-' and '_' (at most 201 characters)"),
                new ValidationError("actions[0].level", "must be 0 or more"),
                new ValidationError("actions[0].recommendation", "is required"),
                new ValidationError("actions[1].history[1].date", "2026-04-01 is before the entry above it (2026-05-01); history runs oldest first"),
                new ValidationError("actions[3].status", "'done' must match the last history entry ('planned')"),
                new ValidationError("actions[2].id", "'a-cycle1.d2.c' is already the id of actions[1]"),
            ],
            register.Validate());
    }

    [Fact]
    public void Summary_CountsStatusesAndOverdueOnTheDay()
    {
        var register = TwoCycles.Register();
        var actions = register.Actions.Append(register.Actions[3] with { Id = "late", Due = new(2026, 5, 1) });

        var summary = RegisterSummary.Of(actions, new DateOnly(2026, 5, 2));

        Assert.Equal(new RegisterSummary(Total: 5, Planned: 2, InProgress: 0, Done: 2, Dropped: 1, Overdue: 1), summary);
    }

    [Fact]
    public void Json_WritesTheContractNames()
    {
        var json = WellnessJson.Serialize(TwoCycles.Register());

        Assert.StartsWith("{\"agency\":{\"id\":\"test-pd\",\"name\":\"Test Police Department\"},\"actions\":[{\"id\":\"a-cycle1.d1.a\",\"sourceCycle\":\"a-cycle1\",\"itemId\":\"d1.a\",\"domainId\":\"d1\",\"level\":1,", json);
        Assert.Contains("\"assignee\":\"Lt. Diaz\",\"due\":\"2026-03-31\",\"status\":\"done\",\"droppedReason\":null,\"notes\":null,\"evidenceLink\":\"https://example.org/fto-policy\",\"history\":[{\"status\":\"planned\",\"date\":\"2026-01-12\",\"note\":null},{\"status\":\"done\",\"date\":\"2026-03-02\",\"note\":null}]", json);
        Assert.Contains("\"status\":\"dropped\",\"droppedReason\":\"No budget this year", json);
    }

    [Fact]
    public void Json_RoundTripsARegister()
    {
        var json = WellnessJson.Serialize(TwoCycles.Register(), indented: true);

        var read = WellnessJson.ReadRegister(json);

        Assert.Empty(read.Validate());
        Assert.Equal(json, WellnessJson.Serialize(read, indented: true));
    }

    [Fact]
    public void Json_WithAnUnknownStatus_NamesThePath()
    {
        var error = Assert.Throws<AssessmentValidationException>(() =>
            WellnessJson.ReadRegister("{\"actions\":[{\"id\":\"a\",\"itemId\":\"d1.a\",\"status\":\"finished\"}]}"));

        Assert.Equal("action register", error.Subject);
        Assert.Equal("actions[0].status", error.Errors[0].Path);
    }

    [Fact]
    public void Json_WithMissingFields_IsReadAndThenValidatedWithEveryPath()
    {
        var register = WellnessJson.ReadRegister("{\"actions\":[{\"id\":\"a\",\"status\":\"planned\"}]}");

        Assert.Equal(
            ["actions[0].itemId", "actions[0].domainId", "actions[0].recommendation", "actions[0].owner", "actions[0].history"],
            register.Validate().Select(error => error.Path));
    }

    [Fact]
    public void Json_ProgressReport_UsesKebabSignalsAndIntervals()
    {
        var report = ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, TwoCycles.Later);

        var json = WellnessJson.Serialize(report);

        Assert.Contains("\"signal\":\"improved", json);
        Assert.Contains("\"thenCi95\":{\"low\":", json);
        Assert.Contains("\"movedWithoutAction\":[{\"id\":\"d2.c", json);
        Assert.Contains("\"actionsWithoutMovement\":[\"a-cycle1.d1.b\"]", json);
    }
}
