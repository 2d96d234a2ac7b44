using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using WellnessAssessment.Register;

namespace WellnessAssessment.Api.Register;

/// <summary>The register as CSV (RFC 4180 via CsvHelper): UTF-8 with a byte-order mark so spreadsheet programs read accents, CRLF rows.</summary>
internal static class RegisterCsv
{
    private static readonly string[] Header =
        ["id", "sourceCycle", "itemId", "domainId", "level", "recommendation", "owner", "assignee", "due", "status", "droppedReason", "overdue", "notes", "evidenceLink", "lastChange"];

    public static byte[] Write(IReadOnlyList<RegisterAction> actions, DateOnly today)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var action in actions)
            {
                csv.WriteField(action.Id);
                csv.WriteField(action.SourceCycle);
                csv.WriteField(action.ItemId);
                csv.WriteField(action.DomainId);
                csv.WriteField(action.Level);
                csv.WriteField(action.Recommendation);
                csv.WriteField(action.Owner);
                csv.WriteField(action.Assignee);
                csv.WriteField(action.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(StatusName(action.Status));
                csv.WriteField(action.DroppedReason);
                csv.WriteField(action.IsOverdue(today) ? "yes" : "no");
                csv.WriteField(action.Notes);
                csv.WriteField(action.EvidenceLink);
                csv.WriteField(action.History.Count > 0 ? action.History[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "planned",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        _ => "dropped",
    };
}
