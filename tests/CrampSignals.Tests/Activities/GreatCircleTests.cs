using CrampSignals.Activities;

namespace CrampSignals.Tests.Activities;

public class GreatCircleTests
{
    public static TheoryData<double, double, double, double> Steps => new()
    {
        { 51.5, -0.12, 51.5, -0.12 },
        { 51.5, -0.12, 51.50003, -0.11996 },
        { 0, 179.99999, 0.00001, -179.99999 },
        { 89.99999, 10, 89.99999, -170 },
        { -89.9, 0, 89.9, 0 },
        { 0, 0, 0, 180 },
        { 0, -180, 0, 180 },
        { 45, 45, -45, -135 },
        { 12.3, 45.6, 12.3000001, 45.6000001 },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void The_bound_is_never_below_the_haversine_distance(double lat1, double lon1, double lat2, double lon2)
    {
        var exact = GreatCircle.DistanceMeters(lat1, lon1, lat2, lon2);
        var bound = GreatCircle.DistanceBoundMeters(lat1, lon1, lat2, lon2);
        Assert.True(bound >= exact, $"{bound} < {exact}");
    }

    [Fact]
    public void The_bound_holds_over_random_steps_of_every_length()
    {
        var random = new Random(20261206);
        var tightest = double.PositiveInfinity;
        for (var i = 0; i < 200_000; i++)
        {
            var lat1 = random.NextDouble() * 180 - 90;
            var lon1 = random.NextDouble() * 360 - 180;
            // Steps from a centimetre to half the globe: the check asks about metres, a watch can glitch across a continent.
            var size = Math.Pow(10, random.NextDouble() * 9 - 7) * 180;
            var lat2 = Math.Clamp(lat1 + (random.NextDouble() * 2 - 1) * size, -90, 90);
            var lon2 = Math.Clamp(lon1 + (random.NextDouble() * 2 - 1) * size, -180, 180);
            var exact = GreatCircle.DistanceMeters(lat1, lon1, lat2, lon2);
            var bound = GreatCircle.DistanceBoundMeters(lat1, lon1, lat2, lon2);
            Assert.True(bound >= exact, $"({lat1}, {lon1}) to ({lat2}, {lon2}): {bound} < {exact}");
            if (exact > 0) tightest = Math.Min(tightest, bound / exact);
        }
        // Loose only by the factor the proof allows, so the cheap check still tells most short steps apart.
        Assert.InRange(tightest, 1.0, 1.6);
    }

    [Fact]
    public void A_running_step_is_told_short_by_the_bound_alone()
    {
        // Three metres north-east at 60° north, where a degree of longitude is half as long: well under the 25 m a jump needs.
        var bound = GreatCircle.DistanceBoundMeters(60, 10, 60.00002, 10.00004);
        Assert.InRange(bound, GreatCircle.DistanceMeters(60, 10, 60.00002, 10.00004), 10);
    }
}
