namespace CrampSignals.Advice;

/// <summary>The stable ids of the rules in <see cref="RuleBook"/>.</summary>
internal static class RuleIds
{
    /// <summary>What to do while a cramp is happening.</summary>
    public const string ImmediateCare = "immediate-care";
    /// <summary>When cramps or lasting tightness call for a doctor.</summary>
    public const string SeeADoctor = "see-a-doctor";
    /// <summary>The five-minute easy start.</summary>
    public const string WarmUp = "warm-up";
    /// <summary>Running within your fitness, especially early on.</summary>
    public const string PaceYourself = "pace-yourself";
    /// <summary>Easing down after the run, stretching and foam rolling.</summary>
    public const string CoolDown = "cool-down";
    /// <summary>The drinking plan before, during and after a run.</summary>
    public const string Hydrate = "hydrate";
    /// <summary>Staying out of the 10:00 to 16:00 heat in summer.</summary>
    public const string AvoidMiddayHeat = "avoid-midday-heat";
    /// <summary>Sports drinks, home-made drinks and bananas.</summary>
    public const string ReplaceElectrolytes = "replace-electrolytes";
    /// <summary>Race-pace intervals, progression runs and fast-finish runs.</summary>
    public const string RacePaceTraining = "race-pace-training";
}
