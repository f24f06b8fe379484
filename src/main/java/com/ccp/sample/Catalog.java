package com.ccp.sample;

import java.util.List;
import java.util.Random;

/** Word pools the planner draws from: names, merchants by spending category, projects. */
final class Catalog {

    record Merchant(String car, String receipt, int digits) {
    }

    record Category(String key, long minCents, long maxCents, String glAccount, String costTypes,
            List<String> titles, List<String> descriptions, List<Merchant> merchants) {
    }

    record City(String name, String zip) {
    }

    static final List<String> LAST_NAMES = List.of("SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA",
            "MILLER", "DAVIS", "RODRIGUEZ", "WILSON", "ANDERSON", "TAYLOR", "THOMAS", "MOORE", "JACKSON", "MARTIN",
            "LEE", "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING",
            "WRIGHT", "SCOTT", "GREEN", "BAKER", "ADAMS", "NELSON", "HILL", "CAMPBELL", "MITCHELL", "ROBERTS",
            "CARTER", "PHILLIPS", "EVANS", "TURNER", "TORRES", "PARKER", "COLLINS", "EDWARDS", "STEWART", "MORRIS",
            "MURPHY", "COOK", "ROGERS", "MORGAN", "PETERSON", "COOPER", "REED", "BAILEY", "BELL", "GOMEZ", "KELLY",
            "HOWARD", "WARD", "COX", "DIAZ", "RICHARDSON", "WOOD", "WATSON", "BROOKS", "BENNETT", "GRAY", "JAMES",
            "REYES", "CRUZ", "HUGHES", "PRICE", "MYERS", "LONG", "FOSTER", "SANDERS", "ROSS", "MORALES", "POWELL",
            "SULLIVAN", "RUSSELL", "ORTIZ", "JENKINS", "GUTIERREZ", "PERRY", "BUTLER", "BARNES", "FISHER",
            "HENDERSON", "COLEMAN", "SIMMONS", "PATTERSON", "JORDAN", "REYNOLDS", "HAMILTON", "GRAHAM", "KIM",
            "GONZALES", "ALEXANDER", "RAMOS", "WALLACE", "GRIFFIN", "WEST", "COLE", "HAYES", "CHAVEZ", "GIBSON",
            "BRYANT", "ELLIS", "STEVENS", "MURRAY", "FORD", "MARSHALL", "OWENS", "MCDONALD", "HARRISON", "RUIZ",
            "KENNEDY", "WELLS", "ALVAREZ", "WOODS", "MENDOZA", "CASTILLO", "OLSON", "WEBB", "TUCKER", "FREEMAN",
            "BURNS", "HENRY", "VASQUEZ", "SNYDER", "SIMPSON", "CRAWFORD", "JIMENEZ", "PORTER", "MASON", "SHAW",
            "GORDON", "WAGNER", "HUNTER", "ROMERO", "HICKS", "DIXON", "HUNT", "PALMER", "ROBERTSON", "BLACK",
            "HOLMES", "STONE", "MEYER", "BOYD", "MILLS", "WARREN", "FOX", "ROSE", "RICE", "MORENO", "SCHMIDT",
            "PATEL", "FERGUSON", "NICHOLS", "HERRERA", "MEDINA", "RYAN", "FERNANDEZ", "WEAVER", "DANIELS",
            "STEPHENS", "GARDNER", "PAYNE", "DUNN", "PIERCE", "ARNOLD", "TRAN", "SPENCER", "HAWKINS", "GRANT",
            "HANSEN", "CASTRO", "HOFFMAN", "HART", "ELLIOTT", "CUNNINGHAM", "KNIGHT", "BRADLEY");

    /** Last names that exercise punctuation and accents among the ordinary employees too. */
    static final List<String> UNUSUAL_LAST_NAMES = List.of("O'CONNOR", "D'ANGELO", "SMITH-JONES", "VAN DER BERG",
            "DE LEON", "PEÑA", "MUÑOZ", "GONZÁLEZ", "RÍOS", "LÓPEZ", "DEL RIO", "MC NEIL");

    static final List<String> FIRST_NAMES = List.of("JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER",
            "MICHAEL", "LINDA", "DAVID", "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA",
            "THOMAS", "SARAH", "CHARLES", "KAREN", "CHRISTOPHER", "LISA", "DANIEL", "NANCY", "MATTHEW", "BETTY",
            "ANTHONY", "SANDRA", "MARK", "MARGARET", "DONALD", "ASHLEY", "STEVEN", "KIMBERLY", "ANDREW", "EMILY",
            "PAUL", "DONNA", "JOSHUA", "MICHELLE", "KENNETH", "CAROL", "KEVIN", "AMANDA", "BRIAN", "MELISSA",
            "GEORGE", "DEBORAH", "TIMOTHY", "STEPHANIE", "RAFAEL", "ANA", "LUIS", "ROSA", "CARLOS", "ELENA");

    static final List<String> ACCENTED_FIRST_NAMES = List.of("JOSÉ", "RENÉ", "JESÚS", "MARÍA", "ANDRÉS", "INÉS");

    static final List<String> COST_CENTERS = List.of("100 Administration", "150 Estimating", "210 Field Ops",
            "220 Field Ops North", "300 Project Management", "400 Safety", "500 Equipment", "610 Preconstruction");

    static final List<City> CITIES = List.of(new City("AUSTIN", "787"), new City("ROUND ROCK", "786"),
            new City("GEORGETOWN", "786"), new City("CEDAR PARK", "786"), new City("PFLUGERVILLE", "786"),
            new City("SAN MARCOS", "786"), new City("KYLE", "786"), new City("BASTROP", "786"),
            new City("NEW BRAUNFELS", "781"), new City("WACO", "767"), new City("SAN ANTONIO", "782"),
            new City("HOUSTON", "770"), new City("DALLAS", "752"), new City("TEMPLE", "765"));

    static final List<String> STREETS = List.of("Main St", "Burnet Rd", "N Lamar Blvd", "Airport Blvd",
            "S Congress Ave", "Research Blvd", "W Parmer Ln", "Ranch Rd 620", "E Ben White Blvd", "Hwy 290 W",
            "N IH-35 Frontage Rd", "University Blvd", "FM 1431", "S Interstate 35");

    static final List<String> JOBS = List.of("23-104", "24-017", "24-052", "24-088", "25-003", "25-011", "25-019");
    static final List<String> PHASES = List.of("0100", "0200", "0300", "0410", "0600", "0700", "0900", "1500", "1600");
    static final List<String> PROJECTS = List.of("Round Rock Fire Station 9", "Parmer Lane Medical Office Building",
            "Lakeway ISD Elementary #4", "Mueller Retail Building C", "Bastrop Water Treatment Plant Expansion",
            "Riverside Commons Phase 2");
    static final List<String> APPROVERS = List.of("J. Alvarez", "R. Whitfield", "M. Okafor", "T. Nguyen",
            "D. Castillo");

    static final List<Category> CATEGORIES = List.of(
            new Category("fuel", 1800, 18000, "6420 - Fuel - Vehicles", "E", List.of("Fuel", "Diesel"),
                    List.of("Fuel for crew truck", "Diesel for generator", "Fuel for skid steer", "Truck fuel"),
                    List.of(new Merchant("SHELL OIL {n} {C} TX", "Shell", 8),
                            new Merchant("EXXONMOBIL {n} {C} TX", "ExxonMobil", 8),
                            new Merchant("QT {n} {C} TX", "QuikTrip #{n}", 4),
                            new Merchant("MURPHY USA {n} {C} TX", "Murphy USA", 4),
                            new Merchant("VALERO CORNER STORE {n} {C} TX", "Valero", 4),
                            new Merchant("BUC-EE'S #{n} {C} TX", "Buc-ee's #{n}", 2),
                            new Merchant("CHEVRON {n} TEXACO FOOD MART {C} TX", "Chevron", 7))),
            new Category("materials", 6000, 450000, "6300 - Small Tools & Supplies", "M",
                    List.of("Materials", "Framing materials", "Plumbing supplies"),
                    List.of("Lumber for framing", "2x6 studs and OSB sheathing",
                            "PVC fittings and primer for plumbing rough-in", "Safety glasses, gloves and marking paint",
                            "LVL beams for second floor", "Concrete anchors and rebar ties",
                            "Extension cords and GFCI adapters for the site trailer"),
                    List.of(new Merchant("HOME DEPOT #{n} {C} TX", "The Home Depot #{n}", 4),
                            new Merchant("LOWES #{n} {C} TX", "Lowe's #{n}", 5),
                            new Merchant("MENARDS {n} {C} TX", "Menards", 4),
                            new Merchant("84 LUMBER {n} {C} TX", "84 Lumber", 3),
                            new Merchant("FERGUSON ENT #{n} {C} TX", "Ferguson Enterprises", 4),
                            new Merchant("SHERWIN-WILLIAMS #{n} {C} TX", "Sherwin-Williams", 4),
                            new Merchant("MCCOY'S BUILDING SUPPLY CENTER {n} {C} TX", "McCoy's Building Supply", 2))),
            new Category("tools", 1500, 60000, "6300 - Small Tools & Supplies", "ME", List.of("Tools", "Supplies"),
                    List.of("Grinding wheels and cutoff discs", "Replacement drill bits and driver bits",
                            "Chalk line, levels and tape measures"),
                    List.of(new Merchant("FASTENAL COMPANY {n} {C} TX", "Fastenal", 5),
                            new Merchant("HARBOR FREIGHT TOOLS {n} {C} TX", "Harbor Freight", 4),
                            new Merchant("ACE HARDWARE {n} {C} TX", "Ace Hardware", 4))),
            new Category("meals", 800, 45000, "6530 - Meals", "O", List.of("Crew lunch", "Meal"),
                    List.of("Crew lunch after concrete pour", "Coffee for safety meeting",
                            "Working lunch with inspector", "Crew breakfast before early pour"),
                    List.of(new Merchant("STARBUCKS STORE {n} {C} TX", "Starbucks", 5),
                            new Merchant("CHICK-FIL-A #{n} {C} TX", "Chick-fil-A", 5),
                            new Merchant("JERSEY MIKES {n} {C} TX", "Jersey Mike's Subs", 5),
                            new Merchant("RUDY'S BBQ {n} {C} TX", "Rudy's Bar-B-Q", 2),
                            new Merchant("TACO CABANA MEXICAN PATIO CAFE #{n} {C} TX", "Taco Cabana", 3),
                            new Merchant("WHATABURGER #{n} {C} TX", "Whataburger", 4))),
            new Category("lodging", 11000, 140000, "6520 - Travel - Lodging", "O", List.of("Lodging", "Hotel"),
                    List.of("Hotel for superintendent, 2 nights", "Hotel for out-of-town crew, 3 nights",
                            "Lodging during site walk"),
                    List.of(new Merchant("HILTON GARDEN INN {n} {C} TX", "Hilton Garden Inn", 3),
                            new Merchant("COURTYARD {n} {C} TX", "Courtyard by Marriott", 4),
                            new Merchant("LA QUINTA INN & SUITES BY WYNDHAM #{n} {C} TX", "La Quinta Inn", 4),
                            new Merchant("HAMPTON INN #{n} {C} TX", "Hampton Inn & Suites", 4))),
            new Category("airfare", 8900, 130000, "6510 - Travel - Airfare", "O", List.of("Airfare"),
                    List.of("Flight to project kickoff meeting", "Flight to owner coordination meeting",
                            "Airfare for vendor factory inspection"),
                    List.of(new Merchant("SOUTHWEST AIRLINES 526{n} DALLAS TX", "Southwest Airlines", 7),
                            new Merchant("UNITED AIRLINES 016{n} HOUSTON TX", "United Airlines", 7),
                            new Merchant("AMERICAN AIRLINES INC 001{n} FORT WORTH TX", "American Airlines", 7))),
            new Category("ground", 900, 35000, "6515 - Travel - Ground", "O", List.of("Parking", "Ground transport"),
                    List.of("Airport parking", "Rideshare to client meeting", "Rental car for site visit"),
                    List.of(new Merchant("HERTZ RENT-A-CAR {n} {C} TX", "Hertz", 4),
                            new Merchant("UBER *TRIP HELP.UBER.COM CA", "Uber", 0),
                            new Merchant("THE PARKING SPOT AIRPORT LOT {n} {C} TX", "The Parking Spot", 2))),
            new Category("rental", 12000, 380000, "6810 - Equipment Rental", "E", List.of("Equipment rental"),
                    List.of("Mini excavator rental with delivery", "Scissor lift rental, 1 week",
                            "Light tower and generator rental", "Concrete saw rental"),
                    List.of(new Merchant("SUNBELT RENTALS #{n} {C} TX", "Sunbelt Rentals", 3),
                            new Merchant("UNITED RENTALS #{n} {C} TX", "United Rentals", 4),
                            new Merchant("HERC RENTALS INC EQUIPMENT {n} {C} TX", "Herc Rentals", 4))),
            new Category("office", 600, 45000, "6100 - Office Supplies", "O", List.of("Office supplies", "Printing"),
                    List.of("Printer toner and paper for site office", "Plan printing for bid set",
                            "Binders and tabs for closeout manuals", "Postage for lien notices"),
                    List.of(new Merchant("STAPLES {n} {C} TX", "Staples", 5),
                            new Merchant("OFFICE DEPOT #{n} {C} TX", "Office Depot", 4),
                            new Merchant("FEDEX OFFICE PRINT & SHIP CTR {n} {C} TX", "FedEx Office", 4),
                            new Merchant("USPS PO {n} {C} TX", "USPS", 10))),
            new Category("software", 1500, 200000, "6610 - Software Subscriptions", "O", List.of("Software"),
                    List.of("Monthly subscription", "Additional user seats"),
                    List.of(new Merchant("PROCORE TECHNOLOGIES CARPINTERIA CA", "Procore Technologies", 0),
                            new Merchant("ZOOM.US 888-799-9666 SAN JOSE CA", "Zoom Video Communications", 0),
                            new Merchant("ADOBE *ACROPRO SUBS SAN JOSE CA", "Adobe", 0),
                            new Merchant("PAYPAL *BLUEBEAM INC REVU PASADENA CA", "Bluebeam", 0))),
            new Category("permits", 2500, 150000, "6710 - Permits & Fees", "O", List.of("Permit"),
                    List.of("Building permit fee", "Vehicle registration renewal", "Stormwater permit fee"),
                    List.of(new Merchant("CITY OF AUSTIN DEVELOPMENT SVCS PERMITS AUSTIN TX", "City of Austin", 0),
                            new Merchant("TXDMV REGISTRATION AUSTIN TX", "Texas DMV", 0),
                            new Merchant("TCEQ EPAY AUSTIN TX", "TCEQ", 0))));

    /** Relative frequency of each category, in {@link #CATEGORIES} order. */
    private static final int[] WEIGHTS = {26, 14, 8, 16, 7, 4, 6, 7, 7, 3, 2};

    private Catalog() {
    }

    static Category category(Random random) {
        int total = 0;
        for (int weight : WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return CATEGORIES.get(i);
            }
        }
        throw new IllegalStateException();
    }

    static Category category(String key) {
        return CATEGORIES.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String digits(Random random, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
