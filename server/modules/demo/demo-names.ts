/** Name pools for generated customers: varied origins, as a US retailer's customer base is. */
export const firstNames: readonly string[] = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen',
  'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley',
  'Andrew', 'Emily', 'Joshua', 'Michelle', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'Ryan', 'Stephanie',
  'Jose', 'Maria', 'Luis', 'Ana', 'Carlos', 'Sofia', 'Miguel', 'Camila', 'Javier', 'Valentina',
  'Wei', 'Mei', 'Jun', 'Xiu', 'Hiroshi', 'Yuki', 'Min-jun', 'Ji-woo', 'Thanh', 'Linh',
  'Arjun', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Deepa', 'Omar', 'Layla', 'Yusuf', 'Amira',
  'Kwame', 'Ama', 'Chinedu', 'Ngozi', 'Tunde', 'Aaliyah', 'Malik', 'Imani', 'Darnell', 'Keisha',
  'Lars', 'Ingrid', 'Sven', 'Astrid', 'Pierre', 'Camille', 'Luca', 'Giulia', 'Mateo', 'Lucia',
  'Aleksander', 'Katarzyna', 'Dmitri', 'Olga', 'Sean', 'Siobhan', 'Noah', 'Olivia', 'Ethan', 'Ava',
  'Liam', 'Emma', 'Mason', 'Harper', 'Logan', 'Chloe', 'Caleb', 'Zoe', 'Isaac', 'Nora',
];

export const lastNames: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Kim', 'Park', 'Choi', 'Tanaka', 'Sato',
  'Patel', 'Shah', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Khan', 'Ali', 'Hassan',
  'Okafor', 'Mensah', 'Adeyemi', 'Okonkwo', 'Boateng', 'Diallo', 'Washington', 'Jefferson', 'Banks', 'Coleman',
  'Johansson', 'Larsen', 'Nielsen', 'Schmidt', 'Weber', 'Dubois', 'Moreau', 'Rossi', 'Bianchi', 'Esposito',
  'Kowalski', 'Nowak', 'Ivanova', 'Petrov', 'Murphy', "O'Brien", 'Kelly', 'Sullivan', 'Byrne', 'Walsh',
  'Castillo', 'Morales', 'Ortega', 'Delgado', 'Vargas', 'Romero', 'Alvarez', 'Herrera', 'Medina', 'Aguilar',
];
