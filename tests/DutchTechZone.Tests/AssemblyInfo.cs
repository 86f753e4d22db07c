namespace DutchTechZone.Tests;
