namespace DutchTechZone.Etl.Population;

/// <summary>Where CBS figures came from, as lineage and every output that rests on them say it.</summary>
public static class CbsOrigin
{
    /// <summary>The live CBS StatLine service.</summary>
    public const string Live = "CBS";

    /// <summary>The snapshot bundled with the product (Jaarplan figures in CBS format, not CBS data).</summary>
    public const string BundledSample = "bundled sample";
}
