-- The cheapest statement that proves the warehouse answers.
SELECT 1;
