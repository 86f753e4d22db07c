namespace DutchTechZone.Etl.Cbs;

/// <summary>What span a CBS period code stands for.</summary>
public enum CbsPeriodKind
{
    /// <summary><c>YYYYJJ00</c>: a calendar year.</summary>
    Year,

    /// <summary><c>YYYYHJnn</c>: a half year.</summary>
    HalfYear,

    /// <summary><c>YYYYKWnn</c>: a quarter.</summary>
    Quarter,

    /// <summary><c>YYYYMMnn</c>: a month.</summary>
    Month,

    /// <summary><c>YYYYW1nn</c>: an ISO week.</summary>
    Week,

    /// <summary><c>YYYYMMDD</c>: a day.</summary>
    Day,

    /// <summary>Anything else: school year (<c>SJ</c>, with dates), no official period (<c>X0</c>), multi-year averages, unknown types.</summary>
    Other,
}
