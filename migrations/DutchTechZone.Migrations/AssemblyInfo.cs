namespace DutchTechZone.Migrations;
