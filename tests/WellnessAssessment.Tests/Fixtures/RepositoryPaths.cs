namespace WellnessAssessment.Tests.Fixtures;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Assessments => Path.Combine(Root, "assessments");

    /// <summary>
    /// The seed documents: <c>../shared/seeds</c> relative to the repository root (where CI puts them), or the nearest
    /// <c>shared/seeds</c> folder further up for a worktree nested one level deeper.
    /// </summary>
    public static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var directory = new DirectoryInfo(Root).Parent; directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException("The seed documents (../shared/seeds) were not found above " + Root);
    }

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
