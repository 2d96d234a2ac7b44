namespace WellnessAssessment.Validation;

/// <summary>One problem with an input, located by its JSON path.</summary>
/// <param name="Path">Where the problem is, as a JSON path without the leading <c>$.</c>, for example <c>responses[3].answers["training.fto"]</c>.</param>
/// <param name="Message">What is wrong, in words a consultant understands.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <summary>Formats the error as <c>path: message</c>.</summary>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
