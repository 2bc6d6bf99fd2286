namespace CrampSignals.Cramps;

/// <summary>The muscle that cramped.</summary>
public enum Muscle
{
    /// <summary>Calf (gastrocnemius, soleus).</summary>
    Calf,
    /// <summary>Hamstring.</summary>
    Hamstring,
    /// <summary>Quadriceps.</summary>
    Quadriceps,
    /// <summary>Foot.</summary>
    Foot,
    /// <summary>Any other muscle, or not said.</summary>
    Other,
}
