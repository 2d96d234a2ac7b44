namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>Input a consultant must fix: printed as is, exit code 2. Each line names the place (file, row, column, path).</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(string message)
        : this([message])
    {
    }

    public BadInputException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines))
    {
        Lines = lines;
    }

    public BadInputException()
        : this("The input is invalid.")
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Lines = [message];
    }

    public IReadOnlyList<string> Lines { get; } = [];
}
