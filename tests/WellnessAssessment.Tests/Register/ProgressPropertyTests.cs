using CsCheck;
using WellnessAssessment.Register;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Register;

/// <summary>Properties of the progress report over random answers and random registers of the small instrument.</summary>
public sealed class ProgressPropertyTests
{
    private static readonly string[] ItemIds = [.. TwoCycles.Instrument.Items.Select(item => item.Id)];

    private static readonly Gen<int[][]> AnswersGen = Gen.Int[0, 4].Array[ItemIds.Length].Array[1, 8];

    private static readonly Gen<(int Item, ActionStatus Status)[]> ActionsGen =
        Gen.Select(Gen.Int[0, ItemIds.Length - 1], Gen.Enum<ActionStatus>()).Array[0, 8];

    [Fact]
    public void Progress_ForAnyRegister_KeepsOrderAndSeparatesActedOnFromMovedWithoutAction()
    {
        Gen.Select(AnswersGen, AnswersGen, ActionsGen).Sample((earlierAnswers, laterAnswers, actions) =>
        {
            var earlier = Score(earlierAnswers);
            var later = Score(laterAnswers);
            var register = new ActionRegister
            {
                Actions =
                [
                    .. actions.Select((action, index) => new RegisterAction
                    {
                        Id = $"a{index}",
                        ItemId = ItemIds[action.Item],
                        DomainId = ItemIds[action.Item].Split('.')[0],
                        Level = 1,
                        Recommendation = "Do it",
                        Owner = "Chief",
                        Status = action.Status,
                        DroppedReason = action.Status == ActionStatus.Dropped ? "No budget" : null,
                        History = [new StatusChange(action.Status, TwoCycles.Adopted)],
                    }),
                ],
            };

            var report = ProgressCalculator.Compute(register, earlier, later);

            Assert.Equal(register.Actions.Select(action => action.Id), report.Actions.Select(action => action.ActionId));
            var actedOn = register.Actions.Where(action => action.Status is ActionStatus.Done or ActionStatus.InProgress).Select(action => action.ItemId).ToHashSet();
            Assert.DoesNotContain(report.MovedWithoutAction, item => actedOn.Contains(item.Id));
            Assert.All(report.MovedWithoutAction, item => Assert.True(item.Moved));
            foreach (var action in report.Actions)
            {
                var then = earlier.Domains().SelectMany(domain => domain.Items).Single(item => item.Id == action.ItemId).Score;
                var now = later.Domains().SelectMany(domain => domain.Items).Single(item => item.Id == action.ItemId).Score;
                Assert.Equal(now - then, action.Item.Delta);
                Assert.Equal(action.Status is ActionStatus.Done or ActionStatus.InProgress && !action.Item.Moved, report.ActionsWithoutMovement.Contains(action.ActionId));
                if (action.Item.Moved)
                {
                    Assert.Equal(action.Item.Delta > 0, action.Item.Signal == ChangeSignal.Improved);
                    Assert.False(action.Item.CiOverlap);
                }
            }
        });
    }

    private static AssessmentResult Score(int[][] answers) => new AssessmentScorer(Named.Options).Score(
        TwoCycles.Instrument,
        ResponseSets.For(TwoCycles.Instrument, [.. answers.Select(levels => ("officer", ItemIds.Select((id, i) => (id, levels[i])).ToDictionary(pair => pair.id, pair => (WellnessAssessment.Responses.Answer)pair.Item2)))]));
}
