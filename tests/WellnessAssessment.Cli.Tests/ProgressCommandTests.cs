using System.Text.Json.Nodes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Tests;

/// <summary>
/// <c>wellness progress</c> over files a consultant would have: the earlier result, the register adopted from its plan
/// (first action done, second dropped, third in progress), and the later responses, where the first action's item and
/// one item nobody acted on rise by two levels.
/// </summary>
public sealed class ProgressCommandTests : IDisposable
{
    private static readonly Instrument SaferTogether = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-progress-");

    public void Dispose() => _folder.Delete(recursive: true);

    private (string Register, string Previous, string Responses, IReadOnlyList<RegisterAction> Actions, string Unadopted) Files(Func<RegisterAction, RegisterAction>? breakFirst = null)
    {
        var earlier = new AssessmentScorer().Score(SaferTogether, Cycle(_ => 1));
        var adopted = ActionAdoption.Adopt(earlier, AdoptionSelection.FirstEntries(3), "a-autumn", new(2025, 11, 3));
        var unadopted = earlier.ActionPlan[5].ItemId;
        RegisterAction[] actions =
        [
            (breakFirst ?? (a => a))(new ActionEdit { Assignee = "Lt. Diaz", Due = new(2026, 1, 30), Status = ActionStatus.Done }.ApplyTo(adopted[0], new(2026, 1, 22))),
            new ActionEdit { Status = ActionStatus.Dropped, DroppedReason = "No budget" }.ApplyTo(adopted[1], new(2025, 12, 1)),
            new ActionEdit { Status = ActionStatus.InProgress }.ApplyTo(adopted[2], new(2025, 12, 1)),
        ];
        var register = Write("register.json", WellnessJson.Serialize(new ActionRegister { Actions = actions }, indented: true));
        var previous = Write("autumn.json", WellnessJson.Serialize(earlier, indented: true));
        var responses = Write("spring.json", WellnessJson.Serialize(Cycle(item => item == adopted[0].ItemId || item == unadopted ? 3 : 1), indented: true));
        return (register, previous, responses, actions, unadopted);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static ResponseSet Cycle(Func<string, int> low) => new()
    {
        Instrument = SaferTogether.Reference,
        Agency = new AgencyInfo("riverside-pd", "Riverside Police Department"),
        Responses =
        [
            .. Enumerable.Range(0, 10).Select(r => new Response
            {
                RespondentId = $"r{r}",
                Group = "line-officer",
                Answers = SaferTogether.Items.ToDictionary(item => item.Id, item => Answer.Level(low(item.Id) + (r < 5 ? 0 : 1))),
            }),
        ],
    };

    [Fact]
    public async Task Progress_Text_ShowsEachActionsChangeWithIntervals_AndWhatMovedWithoutAnAction()
    {
        var (register, previous, responses, actions, unadopted) = Files();

        var run = await CliRun.RunAsync("progress", "--register", register, "--previous", previous, "--responses", responses);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"- {actions[0].ItemId}:", run.Out, StringComparison.Ordinal);
        Assert.Contains("  done 2026-01-22 · Lt. Diaz · due 2026-01-30\n  item   37.5 → 87.5 (+50.0) [95% CI 28.1–46.9 → 78.1–96.9] improved", run.Out, StringComparison.Ordinal);
        Assert.Contains("dropped: No budget", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Items that moved without an action (1)\n- {unadopted} 37.5 → 87.5 (+50.0)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Actions in progress or done whose item did not move (1)\n- {actions[2].Id}\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_Json_IsTheProgressReportOfTheContract()
    {
        var (register, previous, responses, actions, unadopted) = Files();

        var run = await CliRun.RunAsync("progress", "--register", register, "--previous", previous, "--responses", responses, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        Assert.Equal(actions.Select(action => action.Id), report["actions"]!.AsArray().Select(action => action!["actionId"]!.GetValue<string>()));
        Assert.Equal("improved", report["actions"]![0]!["item"]!["signal"]!.GetValue<string>());
        Assert.Equal(unadopted, report["movedWithoutAction"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Progress_InvalidRegister_Exits2NamingTheFileAndPath()
    {
        var (register, previous, responses, _, _) = Files(action => action with { EvidenceLink = "not a link" });

        var run = await CliRun.RunAsync("progress", "--register", register, "--previous", previous, "--responses", responses);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{register}: actions[0].evidenceLink: must be an absolute http or https address of at most 2000 characters", run.Error.TrimEnd());
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Progress_MalformedOrMissingInputs_Exit2WithAClearMessage()
    {
        var (register, previous, responses, _, _) = Files();
        var broken = Write("broken.json", "{\"actions\": [ {\"id\": \"a\", \"status\": \"finished\"} ] }");

        var malformed = await CliRun.RunAsync("progress", "--register", broken, "--previous", previous, "--responses", responses);
        var missing = await CliRun.RunAsync("progress", "--register", Path.Combine(_folder.FullName, "nope.json"), "--previous", previous, "--responses", responses);
        var noRegister = await CliRun.RunAsync("progress", "--previous", previous, "--responses", responses);
        var swapped = await CliRun.RunAsync("progress", "--register", register, "--previous", register, "--responses", responses);

        Assert.Equal(2, malformed.ExitCode);
        Assert.StartsWith($"{broken}: actions[0].status: ", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.json", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, noRegister.ExitCode);
        Assert.Contains("--register", noRegister.Error, StringComparison.Ordinal);
        Assert.Equal(2, swapped.ExitCode);
        Assert.StartsWith($"{register}: ", swapped.Error, StringComparison.Ordinal);
    }
}
