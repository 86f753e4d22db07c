namespace DutchTechZone.Database;
