namespace WellnessAssessment.ActionPlan;

/// <summary>A step that comes before the action plan: hear staff first, or create a role the plan needs.</summary>
public sealed record FirstStep
{
    /// <summary>What the step does.</summary>
    public required FirstStepKind Kind { get; init; }

    /// <summary>For <see cref="FirstStepKind.AssignRole"/>, the role to create or assign; otherwise <see langword="null"/>.</summary>
    public required string? Role { get; init; }

    /// <summary>The step.</summary>
    public required string Action { get; init; }

    /// <summary>Who owns the step.</summary>
    public required string Owner { get; init; }

    /// <summary>When the step should be done.</summary>
    public required string Timeframe { get; init; }

    /// <summary>The timeframe in days, when the instrument states it.</summary>
    public required int? TimeframeDays { get; init; }

    /// <summary>How success will be recognised.</summary>
    public required string Indicator { get; init; }

    /// <summary>A resource that helps, with its cost and availability, when named.</summary>
    public required string? Resource { get; init; }

    /// <summary>The source citation of the step, when the instrument gives one.</summary>
    public required string? Source { get; init; }

    /// <summary>The items whose steps (in the action plan or the keep-it-going list) need the role; empty for hearing staff.</summary>
    public required IReadOnlyList<string> NeededBy { get; init; }
}
