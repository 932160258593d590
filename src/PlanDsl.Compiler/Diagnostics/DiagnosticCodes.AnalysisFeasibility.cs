namespace PlanDsl.Compiler.Diagnostics;

/// <summary>PD083x: feasibility — targets reachable on their calendars, calendars that open, holidays that close something.</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor TargetWaitUnstated = Warning("PD0830", "Wait for opening hours not stated",
        "{0} {1} on '{2}' ({3}): a ticket opened {4} waits until {5} and is due {6}; say 'outside hours: tickets wait' if that is the promise");
    public static readonly DiagnosticDescriptor UpdateOutlastsResolution = Warning("PD0831", "Status update interval outlasts the resolution target",
        "{0} every {1} outlasts the resolution target {2}: a ticket opened {3} is due to be resolved {4}, before its first status update is due ({5} at the earliest)");
    public static readonly DiagnosticDescriptor CalendarNeverOpen = Error("PD0832", "Calendar without open time",
        "calendar '{0}' ({1}) is never open in {2}: its holidays and closed dates fall on every day it has hours");
    public static readonly DiagnosticDescriptor HolidayClosesNothing = Warning("PD0833", "Holiday never in open time",
        "{0} closes nothing: {1}, when {2}");
    public static readonly DiagnosticDescriptor TargetBeyondSupportedTime = Error("PD0311", "Target beyond the end of supported time",
        "{0} {1} on '{2}' ({3}) cannot be met before {4}, the end of the time plandsl computes in: the calendar is open {5} a week, and a ticket opened {6} would be due after it");
    public static readonly DiagnosticDescriptor ResponseOutlastsResolution = Warning("PD0834", "Response target outlasts the resolution target",
        "{0} {1} outlasts the resolution target {2}: a ticket opened {3} is due to be resolved {4}, before its response is due ({5})");
}
