using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Conventions;

public sealed partial class LibraryConventionTests
{
    private static readonly Assembly Library = typeof(AssessmentScorer).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void Namespaces_MirrorFolders()
    {
        var sourceRoot = Path.Combine(RepositoryPaths.Root, "src", "WellnessAssessment");
        var mismatches = new List<string>();
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceRoot, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(relative)!;
            var expected = folder == "DependencyInjection"
                ? "Microsoft.Extensions.DependencyInjection" // extension methods for IServiceCollection live in its namespace
                : string.Join('.', new[] { "WellnessAssessment" }.Concat(folder.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)));
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file)).Groups[1].Value;
            if (declared != expected)
            {
                mismatches.Add($"{relative}: {declared} (expected {expected})");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void ResultsAndDefinitions_AreImmutableRecords()
    {
        var namespaces = new[]
        {
            "WellnessAssessment.Scoring", "WellnessAssessment.Results", "WellnessAssessment.ActionPlan", "WellnessAssessment.Disclosure",
            "WellnessAssessment.Participation", "WellnessAssessment.Profiles", "WellnessAssessment.Instruments", "WellnessAssessment.Responses",
        };
        var dataTypes = PublicTypes.Where(t => namespaces.Contains(t.Namespace) && t.GetMethod("<Clone>$") is not null).ToList();

        Assert.Contains(typeof(AssessmentResult), dataTypes);
        var mutable = dataTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(pair => pair.Property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(pair => $"{pair.Type.Name}.{pair.Property.Name}");

        Assert.Empty(mutable);
    }

    [Fact]
    public void Library_ReferencesNoHostingStorageOrPdfAssemblies()
    {
        var forbidden = new[] { "Microsoft.AspNetCore", "Azure.", "SkiaSharp", "HarfBuzz" };

        var references = Library.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(references, name => forbidden.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
