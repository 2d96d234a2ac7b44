using WellnessAssessment.Instruments;

namespace WellnessAssessment.Register;

/// <summary>
/// What the agency did and what changed: every action of the register with the change of its item and domain between
/// an earlier and a later cycle, the items that moved with nobody acting on them, and the acted-on actions whose item
/// did not move. "Acted on" means in progress or done; "moved" means <see cref="ScoreMovement.Moved"/>.
/// </summary>
public sealed record ProgressReport
{
    /// <summary>The earlier cycle's instrument version.</summary>
    public required InstrumentReference EarlierInstrument { get; init; }

    /// <summary>The later cycle's instrument version.</summary>
    public required InstrumentReference LaterInstrument { get; init; }

    /// <summary>Respondents of the earlier cycle; null when its release was withheld (fewer than k).</summary>
    public required int? EarlierRespondents { get; init; }

    /// <summary>Respondents of the later cycle; null when its release was withheld (fewer than k).</summary>
    public required int? LaterRespondents { get; init; }

    /// <summary>Every action, in register order.</summary>
    public required IReadOnlyList<ActionProgress> Actions { get; init; }

    /// <summary>Items that moved although no action in progress or done targets them, in instrument order.</summary>
    public required IReadOnlyList<ScoreMovement> MovedWithoutAction { get; init; }

    /// <summary>Ids of actions in progress or done whose item did not move (within noise, undetermined or not comparable), in register order.</summary>
    public required IReadOnlyList<string> ActionsWithoutMovement { get; init; }
}
