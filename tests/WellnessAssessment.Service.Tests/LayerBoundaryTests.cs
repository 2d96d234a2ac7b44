using System.Reflection;
using System.Text.RegularExpressions;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;

namespace WellnessAssessment.Service.Tests;

/// <summary>The layer's shape: host-neutral, thin shared endpoints, one status per problem kind, the header rules.</summary>
[Trait("Category", "unit")]
public sealed partial class LayerBoundaryTests
{
    private const int MaxParameters = 5;
    private const int MaxLines = 25;

    [Fact]
    public void ServiceAssembly_ReferencesNoAspNetCoreAndNoAzureFunctionsAssembly()
    {
        var referenced = typeof(Outcome).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("WellnessAssessment.Storage", referenced);
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.Azure.Functions", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedEndpoints_TakeAtMostFiveParameters()
    {
        var endpoints = EndpointMethods().ToList();

        Assert.True(endpoints.Count >= 12, $"expected the shared endpoints, found {endpoints.Count}");
        Assert.All(endpoints, method => Assert.True(method.GetParameters().Length <= MaxParameters, $"{method.DeclaringType!.Name}.{method.Name} takes {method.GetParameters().Length} parameters"));
    }

    [Fact]
    public void SharedEndpoints_AreAtMostTwentyFiveLinesEach()
    {
        var sources = Directory.GetFiles(Path.Combine(Testing.AzuriteFixture.FindRoot(), "src", "WellnessAssessment.Http"), "*Endpoints.cs", SearchOption.AllDirectories);
        var measured = sources.SelectMany(MethodLengths).ToList();

        Assert.Equal(EndpointMethods().Count(), measured.Count);
        Assert.All(measured, method => Assert.True(method.Lines <= MaxLines, $"{method.Name} is {method.Lines} lines"));
    }

    [Fact]
    public void EveryProblemKind_HasItsOwnStatus_AndTheClientErrorsAre4xx()
    {
        var statuses = Enum.GetValues<ProblemKind>().ToDictionary(kind => kind, OutcomeResults.StatusOf);

        Assert.Equal(400, statuses[ProblemKind.Invalid]);
        Assert.Equal(429, statuses[ProblemKind.TooManyRequests]);
        Assert.Equal(503, statuses[ProblemKind.Unavailable]);
        Assert.All(statuses.Where(pair => pair.Key is not (ProblemKind.Unavailable or ProblemKind.NotImplemented)), pair => Assert.InRange(pair.Value, 400, 499));
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("Bearer ", null)]
    [InlineData(null, null)]
    public void Credentials_AreTheBearerKeyOfTheAuthorizationHeader(string? header, string? key) =>
        Assert.Equal(key, Credentials.FromAuthorizationHeader(header).BearerKey);

    [Fact]
    public void RequestKey_AcceptsOneVisibleAsciiValue_AndNamesTheHeaderOtherwise()
    {
        Assert.Equal("k-1", RequestKey.Parse(["\"k-1\""]).Value);
        Assert.Same(RequestKey.None, RequestKey.Parse([]));
        Assert.Equal(RequestKey.Header, RequestKey.Parse(["a", "b"]).Problem!.Place);
        Assert.Equal(RequestKey.Header, RequestKey.Parse(["has space"]).Problem!.Place);
        Assert.Equal(RequestKey.Header, RequestKey.Parse([new string('x', 201)]).Problem!.Place);
    }

    private static IEnumerable<MethodInfo> EndpointMethods() =>
        typeof(OutcomeResults).Assembly.GetTypes()
            .Where(type => type.IsPublic && type.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => !method.Name.EndsWith("Of", StringComparison.Ordinal)); // request builders (AgencyOf, CycleOf), not endpoints

    /// <summary>Each public static endpoint method of a source file with its length, from its signature to its closing brace.</summary>
    private static IEnumerable<(string Name, int Lines)> MethodLengths(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Signature().Match(lines[i]) is not { Success: true } match || match.Groups["name"].Value.EndsWith("Of", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i;
            if (!lines[i].Contains("=>", StringComparison.Ordinal))
            {
                while (lines[end] != "    }")
                {
                    end++;
                }
            }
            else
            {
                while (!lines[end].TrimEnd().EndsWith(';'))
                {
                    end++;
                }
            }

            yield return ($"{Path.GetFileNameWithoutExtension(path)}.{match.Groups["name"].Value}", end - i + 1);
        }
    }

    [GeneratedRegex(@"^    public static [^(]*? (?<name>\w+)\(")]
    private static partial Regex Signature();
}
