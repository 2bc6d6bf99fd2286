namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// The Mantel-Haenszel odds ratio over strata of 2×2 tables, with the Robins-Breslow-Greenland variance of its log and
/// the Mantel-Haenszel chi-square (continuity corrected) for the test of OR = 1.
/// </summary>
internal static class MantelHaenszel
{
    public const string Method = "Mantel-Haenszel over strata, Robins-Breslow-Greenland interval, Mantel-Haenszel chi-square p (continuity corrected as R's mantelhaen.test)";

    /// <param name="strata">The tables.</param>
    /// <param name="noEstimate">
    /// Why there is no estimate when no stratum holds both exposed and unexposed runs and both cases and non-cases (for
    /// example a finding decided by duration alone is constant in every duration band).
    /// </param>
    public static OddsRatioEstimate Estimate(IEnumerable<TwoByTwo> strata, string noEstimate)
    {
        double sr = 0, ss = 0, spr = 0, sps = 0, sqs = 0, sa = 0, se = 0, sv = 0;
        var informative = 0;
        foreach (var t in strata)
        {
            double n = t.N;
            if (n < 2) continue;
            double a = t.A, b = t.B, c = t.C, d = t.D;
            var r = a * d / n;
            var s = b * c / n;
            var p = (a + d) / n;
            var q = (b + c) / n;
            sr += r; ss += s;
            spr += p * r; sps += p * s + q * r; sqs += q * s;
            double r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d;
            if (r1 > 0 && r2 > 0 && c1 > 0 && c2 > 0) informative++;
            sa += a;
            se += r1 * c1 / n;
            sv += r1 * r2 * c1 * c2 / (n * n * (n - 1));
        }
        if (informative == 0) return OddsRatioEstimate.None(Method, noEstimate);
        if (sr == 0) return OddsRatioEstimate.None(Method, "no stratum has an exposed case with an unexposed non-case: the odds ratio would be 0");
        if (ss == 0) return OddsRatioEstimate.None(Method, "no stratum has an unexposed case with an exposed non-case: no finite odds ratio");
        var or = sr / ss;
        var variance = spr / (2 * sr * sr) + sps / (2 * sr * ss) + sqs / (2 * ss * ss);
        var half = TwoByTwo.Z95 * Math.Sqrt(variance);
        // R's mantelhaen.test (correct = TRUE): Yates's half is taken off only when |Σa − ΣE| is at least a half.
        var delta = Math.Abs(sa - se);
        var chi = Math.Pow(delta - (delta >= 0.5 ? 0.5 : 0), 2) / sv;
        return new OddsRatioEstimate(or, or * Math.Exp(-half), or * Math.Exp(half), Normal.TwoSidedP(Math.Sqrt(chi)), Method,
            $"{informative} informative strata");
    }
}
