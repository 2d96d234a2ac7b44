namespace WellnessAssessment.Tests.Fixtures;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Assessments => Path.Combine(Root, "assessments");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WellnessAssessment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (WellnessAssessment.sln) was not found above " + AppContext.BaseDirectory);
    }
}
