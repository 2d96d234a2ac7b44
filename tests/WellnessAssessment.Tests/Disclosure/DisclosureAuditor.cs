using Google.OrTools.LinearSolver;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Disclosure;

/// <summary>
/// The attacker of docs/privacy.md ("Disclosure rules") and the design's audited property. It takes every figure a
/// result publishes and, by linear programming (GLOP), the tightest range those figures leave every withheld one:
/// <list type="bullet">
/// <item>unknowns: per domain and item, each withheld group's sum of scores (its count taken as known: the attacker
/// is granted the true counts, which only narrows ranges) and, separately, each withheld group's count;</item>
/// <item>bounds: 0 … 100·n for sums; for counts, 0 … k−1 when the published reason is "below minimum" (the group
/// has fewer than k respondents), 0 or more when "complementary";</item>
/// <item>relations: a row's published margin (n × mean) is its groups' sums; a published pool (leadership,
/// frontline) is its groups' sums and counts; a row's published n is its groups' counts; and, for a group whose every
/// member answered every item of a domain whose items weigh alike, the group's domain sum is the mean of its item
/// sums.</item>
/// </list>
/// A withheld mean must keep a range at least one level wide (25 points; one scale level for items) and a count two
/// values, unless the range is pinned at 0 or 100 and the row's withheld block holds at least k (the unanimity
/// exception).
/// </summary>
internal static class DisclosureAuditor
{
    private const double Slack = 1e-4;


    /// <summary>One withheld figure whose range is too narrow.</summary>
    public sealed record Violation(string Row, string Group, string Figure, double Low, double High);

    public static IReadOnlyList<Violation> Audit(Instrument instrument, ResponseSet responses, AssessmentResult result, int k)
    {
        var violations = new List<Violation>();
        if (result.Respondents is null)
        {
            // Nothing but the fact is published: no figure to bound.
            Assert.Empty(result.Sections);
            Assert.Null(result.Overall.Score);
            return violations;
        }

        var groups = instrument.Groups;
        var scale = instrument.Scale;
        var itemLevel = 100.0 / (scale.PointCount - 1);

        // Participation publishes each group's respondent count under the release pattern.
        var participation = WellnessAssessment.Participation.ParticipationCalculator.Compute(
                groups,
                groups.ToDictionary(group => group.Id, group => responses.Responses.Count(r => r.Group == group.Id)),
                new WellnessAssessment.Participation.Headcounts(),
                k);
        var respondentCounts = participation.Groups.Select(group => group.Respondents).ToArray();
        var sizes = RespondentModel(participation, k);
        if (sizes is not null)
        {
            // The participation part alone: the withheld groups' respondent counts add up to the total minus the shown ones.
            using var solver = Solver.CreateSolver("GLOP");
            var variables = AddRespondents(solver, sizes);
            CheckRespondents(solver, variables, groups, "respondents", violations);
        }

        foreach (var section in instrument.Sections)
        {
            foreach (var domain in section.Domains)
            {
                var published = result.FindDomain(domain.Id)!;
                var truth = Truth(instrument, domain, responses, groups);
                AuditUnit(domain, published, truth, groups, respondentCounts, sizes, k, itemLevel, violations);
            }
        }

        return violations;
    }

    /// <summary>True counts per row (0 = domain, then items) and group, and whether each group answered the whole domain.</summary>
    private sealed record UnitTruth(int[][] Counts, bool[] Complete, bool EqualWeights);

    private static UnitTruth Truth(Instrument instrument, Domain domain, ResponseSet responses, IReadOnlyList<RespondentGroup> groups)
    {
        var rows = domain.Items.Count + 1;
        var counts = Enumerable.Range(0, rows).Select(_ => new int[groups.Count]).ToArray();
        var complete = Enumerable.Repeat(true, groups.Count).ToArray();
        foreach (var response in responses.Responses)
        {
            var g = groups.Select((group, index) => (group, index)).Single(p => p.group.Id == response.Group).index;
            double answered = 0, applicable = 0;
            for (var i = 0; i < domain.Items.Count; i++)
            {
                var item = domain.Items[i];
                if (response.Answers.TryGetValue(item.Id, out var answer) && answer.Kind == AnswerKind.Level)
                {
                    counts[i + 1][g]++;
                    answered += item.Weight;
                    applicable += item.Weight;
                }
                else
                {
                    complete[g] = false;
                    if (!(response.Answers.TryGetValue(item.Id, out var other) && other.Kind == AnswerKind.NotApplicable))
                    {
                        applicable += item.Weight;
                    }
                }
            }

            if (answered > 0 && answered / applicable >= 0.5 - 1e-12)
            {
                counts[0][g]++;
            }
        }

        return new UnitTruth(counts, complete, domain.Items.All(item => item.Weight == domain.Items[0].Weight));
    }

    private static void AuditUnit(Domain domain, DomainResult published, UnitTruth truth, IReadOnlyList<RespondentGroup> groups, int?[] respondentCounts, RespondentBounds? sizes, int k, double itemLevel, List<Violation> violations)
    {
        var rows = domain.Items.Count + 1;
        var rowNames = new string[rows];
        var cells = new IReadOnlyList<GroupResult>[rows];
        var margins = new (int N, double? Score)[rows];
        var thresholds = new double[rows];
        rowNames[0] = domain.Id;
        cells[0] = published.Groups;
        margins[0] = (published.N, published.Score);
        thresholds[0] = 25;
        for (var i = 0; i < domain.Items.Count; i++)
        {
            var item = published.Items[i];
            rowNames[i + 1] = item.Id;
            cells[i + 1] = item.Groups;
            margins[i + 1] = (item.N, item.Score);
            thresholds[i + 1] = itemLevel;
        }

        using var solver = Solver.CreateSolver("GLOP");
        var sums = new Variable?[rows, groups.Count];
        var counts = new Variable?[rows, groups.Count];
        for (var r = 0; r < rows; r++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var cell = cells[r][g];
                if (!cell.Suppressed)
                {
                    Assert.Equal(truth.Counts[r][g], cell.N);
                    continue;
                }

                Assert.Null(cell.N);
                Assert.Null(cell.Score);
                Assert.Null(cell.Sd);
                Assert.Null(cell.Ci95);
                var n = truth.Counts[r][g];
                sums[r, g] = solver.MakeNumVar(0, 100.0 * n, $"s{r}_{g}");
                var countHigh = cell.SuppressionReason == SuppressionReason.BelowMinimumGroupSize ? k - 1 : 1e6;
                if (respondentCounts[g] is { } size)
                {
                    // No row of a group counts more answers than the group has respondents.
                    countHigh = Math.Min(countHigh, size);
                }

                counts[r, g] = solver.MakeNumVar(0, countHigh, $"n{r}_{g}");
            }
        }

        // A withheld group's respondent count: the row counts of its members are at most it (and the published total
        // ties the withheld groups' respondent counts together), so a row that counted everyone pins what the total does.
        var respondents = sizes is null ? null : AddRespondents(solver, sizes);
        if (respondents is not null)
        {
            for (var r = 0; r < rows; r++)
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    if (respondents[g] is { } size && counts[r, g] is { } count)
                    {
                        var atMost = solver.MakeConstraint(double.NegativeInfinity, 0);
                        atMost.SetCoefficient(count, 1);
                        atMost.SetCoefficient(size, -1);
                    }
                }
            }
        }

        for (var r = 0; r < rows; r++)
        {
            // The row's published n: its groups' counts add up to it.
            AddEquality(solver, margins[r].N - cells[r].Where(c => !c.Suppressed).Sum(c => c.N!.Value), Enumerable.Range(0, groups.Count).Select(g => counts[r, g]));
            if (margins[r].Score is { } score)
            {
                var shown = cells[r].Where(c => !c.Suppressed).Sum(c => c.N!.Value * (c.Score ?? 0));
                AddEquality(solver, (margins[r].N * score) - shown, Enumerable.Range(0, groups.Count).Select(g => sums[r, g]));
            }
            else
            {
                Assert.True(r > 0 ? published.Items[r - 1].Sd is null && published.Items[r - 1].MeanLevel is null && published.Items[r - 1].Rwg is null && published.Items[r - 1].DontKnowRate is null
                    : published.Sd is null && published.Ci95 is null && published.Alpha is null, $"{rowNames[r]}: a withheld margin publishes no statistic");
            }
        }

        var gap = published.PerceptionGap;
        if (gap.Status == PerceptionGapStatus.Computed)
        {
            foreach (var (pool, mean, n) in new[] { (GroupPools.Leadership, gap.Leadership!.Value, gap.LeadershipN!.Value), (GroupPools.Frontline, gap.Frontline!.Value, gap.FrontlineN!.Value) })
            {
                var inPool = Enumerable.Range(0, groups.Count).Where(g => groups[g].Pool == pool).ToArray();
                var shownSum = inPool.Where(g => !cells[0][g].Suppressed).Sum(g => cells[0][g].N!.Value * (cells[0][g].Score ?? 0));
                var shownCount = inPool.Where(g => !cells[0][g].Suppressed).Sum(g => cells[0][g].N!.Value);
                AddEquality(solver, (n * mean) - shownSum, inPool.Select(g => sums[0, g]));
                AddEquality(solver, n - shownCount, inPool.Select(g => counts[0, g]));
            }
        }

        // Counts first: their relations involve no sum, and they decide what the attacker knows about completeness.
        var countRanges = new (double Low, double High)[rows, groups.Count];
        for (var r = 0; r < rows; r++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                // A count is checked only for a group of unpublished size; one of published size matters only for the link.
                var needed = respondentCounts[g] is null || (truth.EqualWeights && r > 0);
                countRanges[r, g] = counts[r, g] is { } count
                    ? needed ? Range(solver, count) : (0, double.PositiveInfinity)
                    : (cells[r][g].N!.Value, cells[r][g].N!.Value);
            }
        }

        // A group whose every member answered every item of a domain whose items weigh alike: its domain sum is the mean
        // of its item sums. The attacker knows that only when the published figures show it: the group's respondent
        // count is published (participation) and every item's count of the group is pinned at it.
        if (truth.EqualWeights)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                if (respondentCounts[g] is not { } size || size == 0 || Enumerable.Range(0, rows).All(r => sums[r, g] is null)
                    || !Enumerable.Range(1, rows - 1).All(r => countRanges[r, g].Low >= size - 1e-6))
                {
                    continue;
                }

                var items = domain.Items.Count;
                double constant = 0;
                var constraint = solver.MakeConstraint(0, 0);
                for (var r = 0; r < rows; r++)
                {
                    var weight = r == 0 ? -1.0 : 1.0 / items;
                    if (sums[r, g] is { } variable)
                    {
                        constraint.SetCoefficient(variable, weight);
                    }
                    else
                    {
                        constant += weight * cells[r][g].N!.Value * (cells[r][g].Score ?? 0);
                    }
                }

                constraint.SetBounds(-constant - Slack, -constant + Slack);
            }
        }

        if (respondents is not null)
        {
            CheckRespondents(solver, respondents, groups, $"{domain.Id} respondents", violations);
        }

        for (var r = 0; r < rows; r++)
        {
            var blockCount = Enumerable.Range(0, groups.Count).Where(g => cells[r][g].Suppressed).Sum(g => truth.Counts[r][g]);
            for (var g = 0; g < groups.Count; g++)
            {
                if (sums[r, g] is not { } sum)
                {
                    continue;
                }

                var n = truth.Counts[r][g];
                var pinned = false;
                // A mean is checked for a cell of 1…k−1; for a larger cell only when its pinned count needs the exception.
                if (n > 0 && (n < k || (respondentCounts[g] is null && countRanges[r, g].High - countRanges[r, g].Low < 1 - 1e-6)))
                {
                    var (low, high) = Range(solver, sum);
                    (low, high) = (low / n, high / n);

                    // The unanimity exception: pinned at an end of the scale inside a withheld block of at least k.
                    pinned = (low >= 100 - 1e-3 || high <= 1e-3) && blockCount >= k;
                    // Only a cell of 1…k−1 counted answers must keep a level: a cell of k or more could be published on its
                    // own (it is withheld to protect the smaller cells of its block, which are checked themselves).
                    if (n < k && high - low < thresholds[r] - 1e-4 && !pinned)
                    {
                        violations.Add(new Violation(rowNames[r], groups[g].Id, "mean", low, high));
                    }
                }

                var (countLow, countHigh) = countRanges[r, g];
                // A group whose respondent count is published (at least k): its count in a row is a number of answers of a
                // known group, as a published cell's n is, not a figure of a small group. Its mean is still checked.
                if (countHigh - countLow < 1 - 1e-6 && !pinned && respondentCounts[g] is null)
                {
                    violations.Add(new Violation(rowNames[r], groups[g].Id, "count", countLow, countHigh));
                }
            }
        }
    }

    /// <summary>
    /// What the participation part says of each withheld group's respondent count, or null when the total is withheld
    /// (nothing ties the withheld counts together). A withheld group is never empty unless every group is withheld (an
    /// empty group is shown as 0); one stated below the minimum holds 1 … k−1; one stated complementary beside a group
    /// stated below the minimum holds at least k (it was published-sized); when no group is stated below the minimum,
    /// complementary says nothing of the size.
    /// </summary>
    private sealed record RespondentBounds(double[] Low, double[] High, bool[] Withheld, double WithheldTotal);

    private static RespondentBounds? RespondentModel(WellnessAssessment.Participation.ParticipationReport participation, int k)
    {
        if (participation.Respondents is not { } total)
        {
            return null;
        }

        var rows = participation.Groups;
        var withheld = rows.Select(row => row.Respondents is null).ToArray();
        if (!withheld.Any(w => w))
        {
            return null;
        }

        var anyBelow = rows.Any(row => row.Suppressed == SuppressionReason.BelowMinimumGroupSize);
        var everyGroup = withheld.All(w => w);
        var low = rows.Select(row => row.Respondents is not null ? 0.0
            : row.Suppressed == SuppressionReason.BelowMinimumGroupSize ? 1.0
            : anyBelow ? k : everyGroup ? 0.0 : 1.0).ToArray();
        var high = rows.Select(row => row.Respondents is not null ? 0.0
            : row.Suppressed == SuppressionReason.BelowMinimumGroupSize ? k - 1.0 : 1e6).ToArray();
        return new RespondentBounds(low, high, withheld, total - rows.Sum(row => row.Respondents ?? 0));
    }

    private static Variable?[] AddRespondents(Solver solver, RespondentBounds sizes)
    {
        var variables = new Variable?[sizes.Withheld.Length];
        for (var g = 0; g < variables.Length; g++)
        {
            variables[g] = sizes.Withheld[g] ? solver.MakeNumVar(sizes.Low[g], sizes.High[g], $"c{g}") : null;
        }

        AddEquality(solver, sizes.WithheldTotal, variables);
        return variables;
    }

    private static void CheckRespondents(Solver solver, Variable?[] respondents, IReadOnlyList<RespondentGroup> groups, string row, List<Violation> violations)
    {
        for (var g = 0; g < respondents.Length; g++)
        {
            if (respondents[g] is { } variable)
            {
                var (low, high) = Range(solver, variable);
                if (high - low < 1 - 1e-6)
                {
                    violations.Add(new Violation(row, groups[g].Id, "respondents", low, high));
                }
            }
        }
    }

    private static void AddEquality(Solver solver, double value, IEnumerable<Variable?> variables)
    {
        var list = variables.OfType<Variable>().ToArray();
        if (list.Length == 0)
        {
            return;
        }

        var constraint = solver.MakeConstraint(value - Slack, value + Slack);
        foreach (var variable in list)
        {
            constraint.SetCoefficient(variable, 1);
        }
    }

    private static (double Low, double High) Range(Solver solver, Variable variable)
    {
        var objective = solver.Objective();
        objective.Clear();
        objective.SetCoefficient(variable, 1);
        objective.SetMinimization();
        var status = solver.Solve();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, status);
        var low = variable.SolutionValue();
        objective.SetMaximization();
        status = solver.Solve();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, status);
        return (low, variable.SolutionValue());
    }
}
