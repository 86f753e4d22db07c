namespace DutchTechZone.SqlServer.Tests;
