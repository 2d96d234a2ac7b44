namespace WellnessAssessment.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int BadInput = 2;
}
