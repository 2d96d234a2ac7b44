using WellnessAssessment.Cli.Csv;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Import;

/// <summary>
/// Turns a survey tool's CSV export into a response set. Columns: <c>group</c> (a group id or title; required), an
/// optional respondent id column (<c>respondentId</c>, <c>respondent</c> or <c>id</c>; otherwise ids are <c>row-N</c>), and one
/// column per item (or outcome item), headed by its id or its text; outcome columns are read on the outcome's own scale. Any other column is an error unless it is ignored by name.
/// Every bad cell is reported as <c>row N, column "x": why</c>; responses are handed on as rows are read (never all held
/// in memory), and with any error the import throws at the end so the caller discards what it wrote.
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

    /// <summary>The most problems one import lists; past it, one line says how many more there were.</summary>
    public const int MaxListedProblems = 1_000;

    /// <summary>
    /// Reads every row of <paramref name="reader"/>, handing each valid response to <paramref name="write"/> as it is
    /// read. With any problem, throws them all at the end (the caller discards what was written); returns the count.
    /// </summary>
    public int Import(CsvRecordReader reader, string source, Action<Response> write, IProgress<double>? progress = null)
    {
        var errors = new ProblemList(source);
        var header = reader.Header;
        var columns = MapColumns(header, source, errors);
        var groups = instrument.Groups
            .SelectMany(group => new[] { (Key: group.Id, group.Id), (Key: group.Title, group.Id) })
            .DistinctBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(pair => pair.Key, pair => pair.Id, StringComparer.OrdinalIgnoreCase);
        var parser = new AnswerCellParser(instrument.Scale);
        var outcomeParsers = (instrument.Outcomes ?? []).ToDictionary(outcome => outcome.Id, outcome => new AnswerCellParser(outcome.Scale), StringComparer.Ordinal);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        var rowsRead = 0;

        foreach (var row in reader.Rows())
        {
            if (++rowsRead % 1000 == 0)
            {
                progress?.Report(reader.Progress);
            }

            if (row.IsBlank || columns.GroupColumn < 0)
            {
                continue;
            }

            if (row.Cells.Count > header.Count && row.Cells.Skip(header.Count).Any(cell => !string.IsNullOrWhiteSpace(cell)))
            {
                errors.Add($"{source}: row {row.Number}: {row.Cells.Count} values but the header has {header.Count} columns (is there an unquoted '{reader.Separator}' in a value?)");
                continue;
            }

            var groupCell = row.Cell(columns.GroupColumn).Trim();
            var groupHeader = header[columns.GroupColumn];
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
                errors.Add($"{source}: row {row.Number}, column \"{header[columns.RespondentColumn]}\": {problem}");
            }

            if (!seenIds.TryAdd(respondentId, row.Number))
            {
                errors.Add($"{source}: row {row.Number}, column \"{header[columns.RespondentColumn]}\": respondent '{respondentId}' already answered in row {seenIds[respondentId]}");
            }

            var answers = new Dictionary<string, Answer>(columns.Items.Count, StringComparer.Ordinal);
            foreach (var (column, item) in columns.Items)
            {
                var (answer, problem) = parser.Parse(row.Cell(column), item.AllowNotApplicable);
                if (problem is not null)
                {
                    errors.Add($"{source}: row {row.Number}, column \"{header[column]}\": {problem}");
                }
                else if (answer is { } value)
                {
                    answers[item.Id] = value;
                }
            }

            foreach (var (column, outcome) in columns.Outcomes)
            {
                var (answer, problem) = outcomeParsers[outcome.Id].Parse(row.Cell(column), allowNotApplicable: false);
                if (problem is not null)
                {
                    errors.Add($"{source}: row {row.Number}, column \"{header[column]}\": {problem.Replace("for this item", "for an outcome item", StringComparison.Ordinal)}");
                }
                else if (answer is { } value)
                {
                    answers[outcome.Id] = value;
                }
            }

            if (group is not null && errors.Count == 0)
            {
                write(new Response { RespondentId = respondentId, Group = group, Answers = answers });
            }

            if (group is not null)
            {
                count++;
            }
        }

        progress?.Report(1);
        if (errors.Count == 0 && count == 0)
        {
            errors.Add($"{source}: there are no answer rows below the header");
        }

        errors.ThrowIfAny();
        return count;
    }

    /// <summary>Respondent ids are opaque: an email address or an over-long value is refused rather than stored.</summary>
    private static string? RespondentIdProblem(string respondentId) =>
        !Identifiers.IsOpaqueRespondentId(respondentId)
            ? $"{Identifiers.RespondentIdRule}, or skip the column with --ignore-column"
            : respondentId.Length > Identifiers.MaxLength
                ? $"the respondent id is longer than {Identifiers.MaxLength} characters"
                : null;

    private ColumnMap MapColumns(IReadOnlyList<string> header, string source, ProblemList errors)
    {
        var byId = instrument.Items.ToDictionary(item => item.Id, StringComparer.OrdinalIgnoreCase);
        var byText = instrument.Items.DistinctBy(item => item.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(item => item.Text.Trim(), StringComparer.OrdinalIgnoreCase);
        var ignored = new HashSet<string>(ignoredColumns, StringComparer.OrdinalIgnoreCase);
        int groupColumn = -1, respondentColumn = -1;
        var items = new List<(int Column, Item Item)>();
        var seenItems = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomeList = instrument.Outcomes ?? [];
        var outcomeById = outcomeList.ToDictionary(outcome => outcome.Id, StringComparer.OrdinalIgnoreCase);
        var outcomeByText = outcomeList.DistinctBy(outcome => outcome.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(outcome => outcome.Text.Trim(), StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<(int Column, OutcomeItem Outcome)>();

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
            else if (outcomeById.TryGetValue(name, out var outcome) || outcomeByText.TryGetValue(name, out outcome))
            {
                if (seenItems.TryGetValue(outcome.Id, out var first))
                {
                    errors.Add($"{source}: row 1, column \"{name}\": outcome {outcome.Id} already has column \"{header[first]}\"");
                }
                else
                {
                    seenItems[outcome.Id] = column;
                    outcomes.Add((column, outcome));
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

        return new ColumnMap(groupColumn, respondentColumn, items, outcomes);
    }

    /// <summary>The problems found so far: every one counted, the first <see cref="MaxListedProblems"/> kept.</summary>
    private sealed class ProblemList(string source)
    {
        private readonly List<string> _lines = [];

        public int Count { get; private set; }

        public void Add(string line)
        {
            if (Count++ < MaxListedProblems)
            {
                _lines.Add(line);
            }
        }

        public void ThrowIfAny()
        {
            if (Count > MaxListedProblems)
            {
                _lines.Add($"{source}: … and {Count - MaxListedProblems} more problems (the first {MaxListedProblems} are listed); fix these and run the import again");
            }

            if (Count > 0)
            {
                throw new BadInputException(_lines);
            }
        }
    }

    private sealed record ColumnMap(int GroupColumn, int RespondentColumn, IReadOnlyList<(int Column, Item Item)> Items, IReadOnlyList<(int Column, OutcomeItem Outcome)> Outcomes);
}
