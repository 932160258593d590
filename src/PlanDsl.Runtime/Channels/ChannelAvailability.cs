using NodaTime;
using PlanDsl.Runtime.Calendars;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Channels;

/// <summary>Whether a plan's channel is open at an instant, and when that next changes.</summary>
public sealed record ChannelStatus(string Channel, bool Offered, bool BestEffort, bool Open, string? Calendar, Instant? NextChange);

/// <summary>Answers "is phone support open for plan P now?" under the plan version in force then.</summary>
public sealed class ChannelAvailability
{
    private readonly ResolvedCatalog _catalog;
    private readonly CalendarSet _calendars;

    public ChannelAvailability(ResolvedCatalog catalog, CalendarSet calendars)
    {
        _catalog = catalog;
        _calendars = calendars;
    }

    public ChannelStatus At(PlanModel plan, string channel, Instant at)
    {
        if (_catalog.Channels.All(c => c.Id != channel))
            throw new KeyNotFoundException($"unknown channel '{channel}'; channels: {string.Join(", ", _catalog.Channels.Select(c => c.Id))}");
        var version = plan.InForceOn(at.InZone(_catalog.TimeZone.Resolve()).Date);
        var access = version?.Channels.FirstOrDefault(c => c.Channel == channel);
        if (access is null || !access.Available || access.Calendar is null)
            return new ChannelStatus(channel, access?.Available == true, access?.BestEffort == true, false, access?.Calendar, null);
        var calendar = _calendars.Get(access.Calendar);
        return new ChannelStatus(channel, true, access.BestEffort, calendar.IsOpen(at), access.Calendar, calendar.NextChange(at));
    }
}
