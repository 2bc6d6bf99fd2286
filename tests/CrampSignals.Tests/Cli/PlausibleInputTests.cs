namespace CrampSignals.Tests.Cli;

/// <summary>What people type is checked for plausibility: mistyped commands and options, impossible body masses.</summary>
public sealed class PlausibleInputTests
{
    [Theory]
    [InlineData("analyse", "analyze")]
    [InlineData("inpsect", "inspect")]
    [InlineData("signal", "signals")]
    public void A_mistyped_command_gets_a_did_you_mean_and_exit_2(string typed, string meant)
    {
        var (code, _, error) = CliRunner.Run(typed, "x.fit");
        Assert.Equal(2, code);
        Assert.Contains($"unknown command '{typed}'; did you mean '{meant}'?", error);
        Assert.DoesNotContain("x.fit", error);
    }

    [Fact]
    public void A_word_far_from_any_command_lists_the_commands()
    {
        var (code, _, error) = CliRunner.Run("frobnicate", "x.fit");
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'frobnicate' (commands: ", error);
        Assert.DoesNotContain("did you mean", error);
    }

    [Fact]
    public void A_mistyped_option_gets_a_did_you_mean()
    {
        var (code, _, error) = CliRunner.Run("analyze", "x.fit", "--mass-befor", "70", "--mass-after", "69");
        Assert.Equal(2, code);
        Assert.Contains("unknown option '--mass-befor'; did you mean '--mass-before'?", error);
    }

    [Theory]
    [InlineData("70", "80", "more than 5% is not plausible")]
    [InlineData("70", "60", "more than 5% is not plausible")]
    [InlineData("7", "7", "between 25 and 250 kg")]
    [InlineData("700", "699", "between 25 and 250 kg")]
    public void An_implausible_body_mass_is_refused_with_the_reason(string before, string after, string reason)
    {
        var (code, output, error) = CliRunner.Run("analyze", "x.fit", "--mass-before", before, "--mass-after", after);
        Assert.Equal(2, code);
        Assert.Contains(reason, error);
        Assert.DoesNotContain("drink", output + error);
    }

    [Fact]
    public void A_plausible_change_of_body_mass_is_accepted_by_the_options()
    {
        new CrampSignals.Runs.AnalysisOptions { BodyMassBeforeKg = 70, BodyMassAfterKg = 67.2 }.Validate();
        Assert.Throws<ArgumentException>(() => new CrampSignals.Runs.AnalysisOptions { BodyMassBeforeKg = 70, BodyMassAfterKg = 66.4 }.Validate());
    }
}
