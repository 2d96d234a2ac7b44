using WellnessAssessment.Cli.Csv;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Import;

/// <summary>
/// Turns a survey tool's CSV export into a response set. Columns: <c>group</c> (a group id or title; required), an
/// optional respondent id column (<c>respondentId</c>, <c>respondent</c> or <c>id</c>; otherwise ids are <c>row-N</c>), and one
/// column per item, headed by the item id or the item text. Any other column is an error unless it is ignored by name.
/// Every bad cell is reported as <c>row N, column "x": why</c>; with any error, nothing is returned.
/// </summary>
internal sealed class CsvResponseImporter(Instrument instrument, IReadOnlyCollection<string> ignoredColumns)
{
    private static readonly string[] RespondentColumns = ["respondentid", "respondent", "respondent id", "id"];

    /// <summary>
    /// How many columns of <paramref name="header"/> name an item of <paramref name="candidate"/> (by id or question
    /// text): how <c>import</c> without <c>--instrument</c> recognises an export of an earlier version.
    /// </summary>
    public static int ItemColumnsNamed(Instrument candidate, IReadOnlyList<string> header, IReadOnlyCollection<string> ignoredColumns)
    {
        var names = new HashSet<string>(candidate.Items.Select(item => item.Id), StringComparer.OrdinalIgnoreCase);
        names.UnionWith(candidate.Items.Select(item => item.Text.Trim()));
        var ignored = new HashSet<string>(ignoredColumns, StringComparer.OrdinalIgnoreCase);
        return header.Count(name => !ignored.Contains(name) && names.Contains(name.Trim()));
    }

    public ResponseSet Import(CsvTable table, string source, AgencyInfo? agency, IProgress<double>? progress = null)
    {
        var errors = new List<string>();
        var columns = MapColumns(table.Header, source, errors);
        var groups = instrument.Groups
            .SelectMany(group => new[] { (Key: group.Id, group.Id), (Key: group.Title, group.Id) })
            .DistinctBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(pair => pair.Key, pair => pair.Id, StringComparer.OrdinalIgnoreCase);
        var parser = new AnswerCellParser(instrument.Scale);
        var responses = new List<Response>(table.Rows.Count);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var index = 0; index < table.Rows.Count; index++)
        {
            var row = table.Rows[index];
            if (index % 1000 == 0)
            {
                progress?.Report((double)index / table.Rows.Count);
            }

            if (row.IsBlank || columns.GroupColumn < 0)
            {
                continue;
            }

            if (row.Cells.Count > table.Header.Count && row.Cells.Skip(table.Header.Count).Any(cell => !string.IsNullOrWhiteSpace(cell)))
            {
                errors.Add($"{source}: row {row.Number}: {row.Cells.Count} values but the header has {table.Header.Count} columns (is there an unquoted '{table.Separator}' in a value?)");
                continue;
            }

            var groupCell = row.Cell(columns.GroupColumn).Trim();
            var groupHeader = table.Header[columns.GroupColumn];
            string? group = null;
            if (groupCell.Length == 0)
            {
                errors.Add($"{source}: row {row.Number}, column \"{groupHeader}\": the group is missing");
            }
            else if (!groups.TryGetValue(groupCell, out group))
            {
                errors.Add($"{source}: row {row.Number}, column \"{groupHeader}\": '{groupCell}' is not a group; use one of: {string.Join(", ", instrument.Groups.Select(g => g.Id))}");
            }

            var respondentId = columns.RespondentColumn >= 0 ? row.Cell(columns.RespondentColumn).Trim() : $"row-{row.Number}";
            if (respondentId.Length == 0)
            {
                respondentId = $"row-{row.Number}";
            }
            else if (RespondentIdProblem(respondentId) is { } problem)
            {
                errors.Add($"{source}: row {row.Number}, column \"{table.Header[columns.RespondentColumn]}\": {problem}");
            }

            if (!seenIds.TryAdd(respondentId, row.Number))
            {
                errors.Add($"{source}: row {row.Number}, column \"{table.Header[columns.RespondentColumn]}\": respondent '{respondentId}' already answered in row {seenIds[respondentId]}");
            }

            var answers = new Dictionary<string, Answer>(columns.Items.Count, StringComparer.Ordinal);
            foreach (var (column, item) in columns.Items)
            {
                var (answer, problem) = parser.Parse(row.Cell(column), item.AllowNotApplicable);
                if (problem is not null)
                {
                    errors.Add($"{source}: row {row.Number}, column \"{table.Header[column]}\": {problem}");
                }
                else if (answer is { } value)
                {
                    answers[item.Id] = value;
                }
            }

            if (group is not null)
            {
                responses.Add(new Response { RespondentId = respondentId, Group = group, Answers = answers });
            }
        }

        progress?.Report(1);
        if (errors.Count == 0 && responses.Count == 0)
        {
            errors.Add($"{source}: there are no answer rows below the header");
        }

        if (errors.Count > 0)
        {
            throw new BadInputException(errors);
        }

        return new ResponseSet { Instrument = instrument.Reference, Agency = agency, Responses = responses };
    }

    /// <summary>Respondent ids are opaque: an email address or an over-long value is refused rather than stored.</summary>
    private static string? RespondentIdProblem(string respondentId) =>
        respondentId.Contains('@', StringComparison.Ordinal)
            ? "looks like an email address; respondent ids must not identify people (use an opaque id, or skip the column with --ignore-column)"
            : respondentId.Length > Identifiers.MaxLength
                ? $"the respondent id is longer than {Identifiers.MaxLength} characters"
                : null;

    private ColumnMap MapColumns(IReadOnlyList<string> header, string source, List<string> errors)
    {
        var byId = instrument.Items.ToDictionary(item => item.Id, StringComparer.OrdinalIgnoreCase);
        var byText = instrument.Items.DistinctBy(item => item.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(item => item.Text.Trim(), StringComparer.OrdinalIgnoreCase);
        var ignored = new HashSet<string>(ignoredColumns, StringComparer.OrdinalIgnoreCase);
        int groupColumn = -1, respondentColumn = -1;
        var items = new List<(int Column, Item Item)>();
        var seenItems = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var column = 0; column < header.Count; column++)
        {
            var name = header[column];
            if (ignored.Contains(name))
            {
                continue;
            }

            if (name.Equals("group", StringComparison.OrdinalIgnoreCase))
            {
                groupColumn = column;
            }
            else if (respondentColumn < 0 && RespondentColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                respondentColumn = column;
            }
            else if (byId.TryGetValue(name, out var item) || byText.TryGetValue(name, out item))
            {
                if (seenItems.TryGetValue(item.Id, out var first))
                {
                    errors.Add($"{source}: row 1, column \"{name}\": item {item.Id} already has column \"{header[first]}\"");
                }
                else
                {
                    seenItems[item.Id] = column;
                    items.Add((column, item));
                }
            }
            else if (name.Length == 0)
            {
                errors.Add($"{source}: row 1, column {column + 1}: the column has no name; name it or remove it");
            }
            else
            {
                errors.Add($"{source}: row 1, column \"{name}\": not an item of {instrument.Id} {instrument.Version}, nor group or respondentId (to skip it, add --ignore-column \"{name}\")");
            }
        }

        if (groupColumn < 0)
        {
            errors.Add($"{source}: row 1: there is no \"group\" column; add one holding each respondent's group id or title");
        }

        if (items.Count == 0)
        {
            errors.Add($"{source}: row 1: no column matches an item of {instrument.Id} {instrument.Version} (run 'wellness template' for the expected header)");
        }

        return new ColumnMap(groupColumn, respondentColumn, items);
    }

    private sealed record ColumnMap(int GroupColumn, int RespondentColumn, IReadOnlyList<(int Column, Item Item)> Items);
}
