using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Cli.Commands;

/// <summary>
/// The agency-profile options (<c>--size</c>, <c>--own-academy</c>, <c>--dispatch</c>, <c>--employee-assistance</c>,
/// <c>--union</c>): set on a response set, they choose the recommendation variants that fit the agency.
/// </summary>
internal sealed class ProfileOptions
{
    // The values are the library's (ProfileValues), as the API's vocabulary lists them.
    private static readonly IReadOnlyDictionary<string, AgencySize> Sizes = ProfileValues.Sizes;

    private static readonly IReadOnlyDictionary<string, DispatchArrangement> Dispatches = ProfileValues.Dispatch;

    private static readonly IReadOnlyDictionary<string, EmployeeAssistanceArrangement> Assistance = ProfileValues.EmployeeAssistance;

    private ProfileOptions()
    {
        Size.AcceptOnlyFromAmong([.. Sizes.Keys]);
        OwnAcademy.AcceptOnlyFromAmong("yes", "no");
        Dispatch.AcceptOnlyFromAmong([.. Dispatches.Keys]);
        EmployeeAssistance.AcceptOnlyFromAmong([.. Assistance.Keys]);
        Union.AcceptOnlyFromAmong("yes", "no");
    }

    public Option<string?> Size { get; } = new("--size") { Description = $"Sworn staff: {Either(Sizes.Keys)}.", HelpName = "BAND" };

    public Option<string?> OwnAcademy { get; } = new("--own-academy") { Description = "Whether the agency runs its own academy: yes or no.", HelpName = "yes|no" };

    public Option<string?> Dispatch { get; } = new("--dispatch") { Description = $"Dispatch: {Either(Dispatches.Keys)} (shared: a regional or county centre).", HelpName = string.Join('|', Dispatches.Keys) };

    public Option<string?> EmployeeAssistance { get; } = new("--employee-assistance") { Description = $"Employee assistance program: {Either(Assistance.Keys)}.", HelpName = string.Join('|', Assistance.Keys) };

    public Option<string?> Union { get; } = new("--union") { Description = "Whether a union or police association represents staff: yes or no.", HelpName = "yes|no" };

    private static string Either(IEnumerable<string> values)
    {
        var all = values.ToList();
        return all.Count < 2 ? string.Join(", ", all) : $"{string.Join(", ", all.Take(all.Count - 1))} or {all[^1]}";
    }

    public static ProfileOptions AddTo(Command command)
    {
        var options = new ProfileOptions();
        command.Options.Add(options.Size);
        command.Options.Add(options.OwnAcademy);
        command.Options.Add(options.Dispatch);
        command.Options.Add(options.EmployeeAssistance);
        command.Options.Add(options.Union);
        return options;
    }

    /// <summary>The profile the options give, laid over <paramref name="existing"/>; <see langword="null"/> when no option is given.</summary>
    public AgencyProfile? Read(ParseResult parse, AgencyProfile? existing)
    {
        string?[] values = [parse.GetValue(Size), parse.GetValue(OwnAcademy), parse.GetValue(Dispatch), parse.GetValue(EmployeeAssistance), parse.GetValue(Union)];
        if (values.All(value => value is null))
        {
            return null;
        }

        var profile = existing ?? new AgencyProfile();
        return profile with
        {
            Size = values[0] is { } size ? Sizes[size] : profile.Size,
            OwnAcademy = values[1] is { } academy ? academy == "yes" : profile.OwnAcademy,
            Dispatch = values[2] is { } dispatch ? Dispatches[dispatch] : profile.Dispatch,
            EmployeeAssistance = values[3] is { } assistance ? Assistance[assistance] : profile.EmployeeAssistance,
            UnionOrAssociation = values[4] is { } union ? union == "yes" : profile.UnionOrAssociation,
        };
    }

    /// <summary>The response set with the profile the options give; a set without an agency cannot take one.</summary>
    public ResponseSet Apply(ParseResult parse, ResponseSet set, string source)
    {
        if (Read(parse, set.Agency?.Profile) is not { } profile)
        {
            return set;
        }

        return set.Agency is { } agency
            ? set with { Agency = agency with { Profile = profile } }
            : throw new BadInputException($"{source}: agency: the response set names no agency, so the profile options (--size and the others) have nothing to describe; import it with --agency-name.");
    }
}
