using System.Globalization;
using NodaTime;

namespace PlanDsl.Runtime.Calendars;

/// <summary>
/// A calendar has no open time for about ten years from a date on (all its hours fall on holidays, or it has
/// none), so a deadline measured on it can never be reached.
/// </summary>
public sealed class CalendarNeverOpensException : InvalidOperationException
{
    private const string Reason = "its hours all fall on holidays, or it has no hours";

    public CalendarNeverOpensException(string calendarId)
        : base($"calendar '{calendarId}' has no open time in the next {BusinessCalendar.SearchDays / 365} years: {Reason}")
    {
        CalendarId = calendarId;
    }

    public CalendarNeverOpensException(string calendarId, LocalDate from, int searchedDays)
        : base($"calendar '{calendarId}' has no open time in the {searchedDays / 365} years from {from.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} on: {Reason}")
    {
        CalendarId = calendarId;
        From = from;
    }

    public string CalendarId { get; }

    /// <summary>The local date from which no open time was found, when known.</summary>
    public LocalDate? From { get; }
}
