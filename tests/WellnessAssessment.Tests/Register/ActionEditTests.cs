using WellnessAssessment.Register;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Register;

public sealed class ActionEditTests
{
    private static RegisterAction Planned() =>
        ActionAdoption.Adopt(TwoCycles.Earlier, AdoptionSelection.Items(["d1.a"]), "a-cycle1", TwoCycles.Adopted)[0];

    [Fact]
    public void Edit_ChangingStatus_AppendsADatedHistoryEntry()
    {
        var edited = new ActionEdit { Assignee = "  Lt. Diaz ", Due = new(2026, 3, 31), Status = ActionStatus.InProgress, StatusNote = "Kick-off held" }
            .ApplyTo(Planned(), new(2026, 2, 3));

        Assert.Equal("Lt. Diaz", edited.Assignee);
        Assert.Equal(new DateOnly(2026, 3, 31), edited.Due);
        Assert.Equal(ActionStatus.InProgress, edited.Status);
        Assert.Equal(
            [new StatusChange(ActionStatus.Planned, TwoCycles.Adopted), new StatusChange(ActionStatus.InProgress, new(2026, 2, 3), "Kick-off held")],
            edited.History);
    }

    [Fact]
    public void Edit_KeepingStatus_AddsNoHistoryAndKeepsAdoptedFields()
    {
        var action = Planned();

        var edited = new ActionEdit { Status = ActionStatus.Planned, Notes = "Waiting for the budget" }.ApplyTo(action, new(2026, 2, 3));

        Assert.Equal(action.History, edited.History);
        Assert.Equal("Waiting for the budget", edited.Notes);
        Assert.Equal((action.Id, action.ItemId, action.Level, action.Recommendation, action.Owner), (edited.Id, edited.ItemId, edited.Level, edited.Recommendation, edited.Owner));
    }

    [Fact]
    public void Edit_Dropping_RecordsTheReasonInHistory()
    {
        var edited = new ActionEdit { Status = ActionStatus.Dropped, DroppedReason = "No budget this year" }.ApplyTo(Planned(), new(2026, 2, 3));

        Assert.Equal("No budget this year", edited.DroppedReason);
        Assert.Equal(new StatusChange(ActionStatus.Dropped, new(2026, 2, 3), "No budget this year"), edited.History[^1]);
    }

    [Fact]
    public void Edit_DroppingWithoutAReason_IsRefusedWithItsPath()
    {
        var error = Assert.Throws<AssessmentValidationException>(() =>
            new ActionEdit { Status = ActionStatus.Dropped, DroppedReason = " " }.ApplyTo(Planned(), new(2026, 2, 3)));

        Assert.Equal("action edit", error.Subject);
        Assert.Equal(new ValidationError("droppedReason", "is required when the status is dropped: say why the action was given up"), Assert.Single(error.Errors));
    }

    [Fact]
    public void Edit_WithEveryFieldWrong_ReportsEachExactly()
    {
        var edit = new ActionEdit
        {
            Assignee = new string('a', 201),
            Status = (ActionStatus)9,
            DroppedReason = "why",
            Notes = new string('n', 4001),
            EvidenceLink = "javascript:alert(1)",
        };

        Assert.Equal(
            [
                new ValidationError("assignee", "must be at most 200 characters"),
                new ValidationError("status", "must be one of planned, in-progress, done, dropped"),
                new ValidationError("droppedReason", "must be empty unless the status is dropped"),
                new ValidationError("notes", "must be at most 4000 characters"),
                new ValidationError("evidenceLink", "must be an absolute http or https address of at most 2000 characters"),
            ],
            edit.Validate());
    }
}
