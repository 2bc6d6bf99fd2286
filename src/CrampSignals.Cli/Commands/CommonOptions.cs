using System.CommandLine;

namespace CrampSignals.Cli.Commands;

/// <summary>Options and arguments several commands share.</summary>
internal static class CommonOptions
{
    public static Argument<string> FileArgument(string description = "A FIT, GPX or TCX file (optionally .gz).") =>
        new("file") { Description = description };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<bool> FollowLinks() => new("--follow-links")
    {
        Description = "Go into folders reached through symbolic links (each folder once, so a link loop cannot run for ever). Off by default: such links are counted in a warning.",
    };
}
