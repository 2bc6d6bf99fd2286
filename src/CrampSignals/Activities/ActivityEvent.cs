namespace CrampSignals.Activities;

/// <summary>An event from the file: timer start and stop, laps, markers.</summary>
/// <param name="Time">When it happened, UTC.</param>
/// <param name="Event">FIT <c>event</c> number (0 = timer, 9 = lap, 32 = user marker, ...).</param>
/// <param name="EventType">FIT <c>event_type</c> number (0 = start, 1 = stop, 3 = marker, 4 = stop all, ...).</param>
/// <param name="Data">The event's data value, when present.</param>
public sealed record ActivityEvent(DateTime Time, int Event, int EventType, long? Data)
{
    /// <summary>FIT <c>event</c> value for the timer.</summary>
    public const int TimerEvent = 0;
    /// <summary>FIT <c>event_type</c> value for start.</summary>
    public const int StartType = 0;
    /// <summary>FIT <c>event_type</c> value for stop.</summary>
    public const int StopType = 1;
    /// <summary>FIT <c>event_type</c> value for stop all.</summary>
    public const int StopAllType = 4;
    /// <summary>FIT <c>event_type</c> value for stop disable.</summary>
    public const int StopDisableType = 5;
    /// <summary>FIT <c>event_type</c> value for stop disable all.</summary>
    public const int StopDisableAllType = 9;
    /// <summary>FIT <c>event</c> value for a user marker.</summary>
    public const int UserMarkerEvent = 32;

    /// <summary>True when this is a timer start.</summary>
    public bool IsTimerStart => Event == TimerEvent && EventType == StartType;

    /// <summary>True when this is a timer stop of any kind.</summary>
    public bool IsTimerStop => Event == TimerEvent && EventType is StopType or StopAllType or StopDisableType or StopDisableAllType;
}
