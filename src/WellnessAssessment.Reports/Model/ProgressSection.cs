namespace WellnessAssessment.Reports.Model;

/// <summary>"What we did and what changed": the core's progress report in words and formatted figures.</summary>
/// <param name="Intro">What the section compares and how movement is judged.</param>
/// <param name="Actions">One row per register action.</param>
/// <param name="MovedWithoutAction">Practices that moved with no action in progress or done.</param>
/// <param name="ActionsWithoutMovement">Sentences naming acted-on actions whose practice did not move.</param>
internal sealed record ProgressSection(
    string Intro,
    IReadOnlyList<ProgressRow> Actions,
    IReadOnlyList<MovementRow> MovedWithoutAction,
    IReadOnlyList<string> ActionsWithoutMovement);

/// <summary>One action and what its practice and area did.</summary>
internal sealed record ProgressRow(string Action, string Practice, string Status, string PracticeChange, string PracticeIntervals, string Verdict, string AreaChange);

/// <summary>One practice that moved without an action.</summary>
internal sealed record MovementRow(string Practice, string Change, string Intervals, string Verdict);
