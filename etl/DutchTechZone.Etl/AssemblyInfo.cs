namespace DutchTechZone.Etl;
