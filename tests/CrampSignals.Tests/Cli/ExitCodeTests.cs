namespace CrampSignals.Tests.Cli;

public class ExitCodeTests
{
    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("inspect", "x.fit", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("--bogus", error);
    }

    [Fact]
    public void Unknown_option_after_an_analyze_file_is_a_usage_error_not_a_second_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"run-{Guid.NewGuid():N}.fit");
        File.WriteAllText(path, "not read: the option is refused first");
        try
        {
            var (code, output, error) = CliRunner.Run("analyze", path, "--bogus");
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("unknown option '--bogus'", error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_bad_number_names_the_option_and_what_it_expects_without_a_type_name()
    {
        var (code, _, error) = CliRunner.Run("analyze", "x.fit", "--mass-before", "seventy", "--mass-after", "70");
        Assert.Equal(2, code);
        Assert.Contains("--mass-before: 'seventy' is not valid (expected a number", error);
        Assert.DoesNotContain("System.", error);
        Assert.DoesNotContain("Nullable", error);
    }

    [Fact]
    public void Analyze_on_one_missing_file_says_so_on_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.fit");
        var (code, _, error) = CliRunner.Run("analyze", path);
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line);
    }

    [Fact]
    public void Format_outside_the_allowed_values_is_a_usage_error()
    {
        var (code, _, _) = CliRunner.Run("samples", "x.fit", "--format", "xml");
        Assert.Equal(2, code);
    }

    [Fact]
    public void Missing_file_is_an_input_error_on_one_line_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.fit");
        var (code, output, error) = CliRunner.Run("inspect", path);
        Assert.Equal(1, code);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(path, lines[0]);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void File_that_is_no_activity_is_an_input_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.fit");
        File.WriteAllText(path, "this is a shopping list, not a watch file");
        try
        {
            var (code, _, error) = CliRunner.Run("samples", path);
            Assert.Equal(1, code);
            Assert.Contains(path, error);
            Assert.Contains("not a FIT, GPX or TCX file", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
