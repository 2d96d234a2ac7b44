using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WellnessAssessment.Register;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Http.Register;

/// <summary>
/// The register's to-dos as an iCalendar file (RFC 5545, written by Ical.Net): one VTODO each, DUE as an all-day date,
/// STATUS in iCalendar's words. UTF-8 without a byte-order mark, CRLF, lines folded at 75 octets by the serializer.
/// What each to-do holds (UID, description, completion) is the service's.
/// </summary>
public static class RegisterCalendarWriter
{
    /// <summary>The calendar's PRODID.</summary>
    public const string ProductId = "-//WellnessAssessment//Action register//EN";

    /// <summary>The bytes of <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The to-dos and the calendar's name.</param>
    public static byte[] Write(RegisterCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var written = new Calendar { ProductId = ProductId };
        written.AddProperty("X-WR-CALNAME", calendar.CalendarName);
        var stamp = new CalDateTime(calendar.Stamp.UtcDateTime, CalDateTime.UtcTzId, hasTime: true);
        foreach (var todo in calendar.Todos)
        {
            written.Todos.Add(Todo(todo, stamp));
        }

        var text = new CalendarSerializer().SerializeToString(written) ?? string.Empty;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    private static Todo Todo(RegisterTodo todo, CalDateTime stamp)
    {
        var written = new Todo
        {
            Uid = todo.Uid,
            DtStamp = stamp,
            Summary = todo.Summary,
            Description = todo.Description,
            Status = todo.Status switch
            {
                ActionStatus.Planned => TodoStatus.NeedsAction,
                ActionStatus.InProgress => TodoStatus.InProcess,
                ActionStatus.Done => TodoStatus.Completed,
                _ => TodoStatus.Cancelled,
            },
        };
        if (todo.Due is { } due)
        {
            written.Due = new CalDateTime(due);
        }

        if (todo.Completed is { } completed)
        {
            // COMPLETED must be a UTC date-time (RFC 5545 3.8.2.1).
            written.Completed = new CalDateTime(completed.UtcDateTime, CalDateTime.UtcTzId, hasTime: true);
        }

        if (todo.Url is { } url)
        {
            written.Url = url;
        }

        return written;
    }
}
