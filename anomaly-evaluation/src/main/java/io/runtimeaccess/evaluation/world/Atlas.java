package io.runtimeaccess.evaluation.world;

/**
 * The places of the simulated world, as data: cities (with their standard time offsets; the simulation has
 * no daylight saving), the networks serving each country, hosting and VPN providers, and where the realm's
 * users live. {@link World} gives them address space.
 */
final class Atlas {

    private Atlas() {
    }

    static void describe(World world) {
        // Europe (standard time offsets; the simulation has no daylight saving)
        world.city("Berlin", "Berlin", "DE", 52.520, 13.405, 60);
        world.city("Munich", "Bavaria", "DE", 48.137, 11.575, 60);
        world.city("Hamburg", "Hamburg", "DE", 53.551, 9.993, 60);
        world.city("Frankfurt am Main", "Hesse", "DE", 50.110, 8.682, 60);
        world.city("Cologne", "North Rhine-Westphalia", "DE", 50.938, 6.960, 60);
        world.city("Nuremberg", "Bavaria", "DE", 49.452, 11.077, 60);
        world.city("Vienna", "Vienna", "AT", 48.208, 16.373, 60);
        world.city("Zurich", "Zurich", "CH", 47.377, 8.541, 60);
        world.city("Amsterdam", "North Holland", "NL", 52.370, 4.895, 60);
        world.city("Paris", "Ile-de-France", "FR", 48.857, 2.352, 60);
        world.city("Lyon", "Auvergne-Rhone-Alpes", "FR", 45.764, 4.836, 60);
        world.city("London", "England", "GB", 51.507, -0.128, 0);
        world.city("Manchester", "England", "GB", 53.481, -2.243, 0);
        world.city("Oslo", "Oslo", "NO", 59.914, 10.752, 60);
        world.city("Bergen", "Vestland", "NO", 60.391, 5.322, 60);
        world.city("Stockholm", "Stockholm", "SE", 59.329, 18.069, 60);
        world.city("Copenhagen", "Capital Region", "DK", 55.676, 12.568, 60);
        world.city("Helsinki", "Uusimaa", "FI", 60.170, 24.938, 120);
        world.city("Warsaw", "Masovia", "PL", 52.230, 21.012, 60);
        world.city("Madrid", "Madrid", "ES", 40.417, -3.704, 60);
        world.city("Barcelona", "Catalonia", "ES", 41.385, 2.173, 60);
        world.city("Rome", "Lazio", "IT", 41.903, 12.496, 60);
        world.city("Milan", "Lombardy", "IT", 45.464, 9.190, 60);
        world.city("Dublin", "Leinster", "IE", 53.350, -6.260, 0);
        world.city("Bucharest", "Bucharest", "RO", 44.426, 26.103, 120);
        world.city("Kyiv", "Kyiv City", "UA", 50.450, 30.524, 120);
        world.city("Moscow", "Moscow", "RU", 55.756, 37.617, 180);
        world.city("Istanbul", "Istanbul", "TR", 41.008, 28.978, 180);
        // Americas
        world.city("New York", "New York", "US", 40.713, -74.006, -300);
        world.city("Ashburn", "Virginia", "US", 39.044, -77.487, -300);
        world.city("Chicago", "Illinois", "US", 41.878, -87.630, -360);
        world.city("San Francisco", "California", "US", 37.775, -122.419, -480);
        world.city("Seattle", "Washington", "US", 47.606, -122.332, -480);
        world.city("Toronto", "Ontario", "CA", 43.653, -79.383, -300);
        world.city("Mexico City", "Mexico City", "MX", 19.433, -99.133, -360);
        world.city("Sao Paulo", "Sao Paulo", "BR", -23.551, -46.633, -180);
        world.city("Buenos Aires", "Buenos Aires", "AR", -34.604, -58.382, -180);
        // Asia, Africa, Oceania
        world.city("Mumbai", "Maharashtra", "IN", 19.076, 72.878, 330);
        world.city("Bangalore", "Karnataka", "IN", 12.972, 77.595, 330);
        world.city("Beijing", "Beijing", "CN", 39.904, 116.407, 480);
        world.city("Shanghai", "Shanghai", "CN", 31.230, 121.474, 480);
        world.city("Tokyo", "Tokyo", "JP", 35.676, 139.650, 540);
        world.city("Seoul", "Seoul", "KR", 37.567, 126.978, 540);
        world.city("Singapore", "Singapore", "SG", 1.352, 103.820, 480);
        world.city("Bangkok", "Bangkok", "TH", 13.756, 100.502, 420);
        world.city("Ho Chi Minh City", "Ho Chi Minh", "VN", 10.823, 106.630, 420);
        world.city("Jakarta", "Jakarta", "ID", -6.208, 106.846, 420);
        world.city("Dubai", "Dubai", "AE", 25.205, 55.271, 240);
        world.city("Cairo", "Cairo", "EG", 30.044, 31.236, 120);
        world.city("Lagos", "Lagos", "NG", 6.524, 3.379, 60);
        world.city("Johannesburg", "Gauteng", "ZA", -26.204, 28.047, 120);
        world.city("Sydney", "New South Wales", "AU", -33.869, 151.209, 600);
        world.city("Auckland", "Auckland", "NZ", -36.849, 174.763, 720);

        // Residential ISPs, mobile carriers and business ISPs, per country
        world.isp(3320, "Deutsche Telekom AG", "DE", NetworkKind.RESIDENTIAL);
        world.isp(3209, "Vodafone GmbH", "DE", NetworkKind.RESIDENTIAL);
        world.isp(6805, "Telefonica Germany GmbH & Co.OHG", "DE", NetworkKind.MOBILE);
        world.isp(8881, "1&1 Versatel Deutschland GmbH", "DE", NetworkKind.BUSINESS);
        world.isp(8447, "A1 Telekom Austria AG", "AT", NetworkKind.RESIDENTIAL);
        world.isp(25255, "Hutchison Drei Austria GmbH", "AT", NetworkKind.MOBILE);
        world.isp(3303, "Swisscom (Schweiz) AG", "CH", NetworkKind.RESIDENTIAL);
        world.isp(15796, "Salt Mobile SA", "CH", NetworkKind.MOBILE);
        world.isp(1136, "KPN B.V.", "NL", NetworkKind.RESIDENTIAL);
        world.isp(33915, "Vodafone Libertel B.V.", "NL", NetworkKind.MOBILE);
        world.isp(3215, "Orange S.A.", "FR", NetworkKind.RESIDENTIAL);
        world.isp(15557, "Societe Francaise du Radiotelephone - SFR SA", "FR", NetworkKind.RESIDENTIAL);
        world.isp(51207, "Free Mobile SAS", "FR", NetworkKind.MOBILE);
        world.isp(2856, "British Telecommunications PLC", "GB", NetworkKind.RESIDENTIAL);
        world.isp(5089, "Virgin Media Limited", "GB", NetworkKind.RESIDENTIAL);
        world.isp(12576, "EE Limited", "GB", NetworkKind.MOBILE);
        world.isp(2119, "Telenor Norge AS", "NO", NetworkKind.RESIDENTIAL);
        world.isp(12929, "Telia Norge AS", "NO", NetworkKind.MOBILE);
        world.isp(3301, "Telia Company AB", "SE", NetworkKind.RESIDENTIAL);
        world.isp(3292, "TDC Holding A/S", "DK", NetworkKind.RESIDENTIAL);
        world.isp(719, "Elisa Oyj", "FI", NetworkKind.RESIDENTIAL);
        world.isp(5617, "Orange Polska Spolka Akcyjna", "PL", NetworkKind.RESIDENTIAL);
        world.isp(12912, "T-Mobile Polska S.A.", "PL", NetworkKind.MOBILE);
        world.isp(3352, "Telefonica de Espana S.A.U.", "ES", NetworkKind.RESIDENTIAL);
        world.isp(12479, "Orange Espagne SA", "ES", NetworkKind.MOBILE);
        world.isp(3269, "Telecom Italia S.p.A.", "IT", NetworkKind.RESIDENTIAL);
        world.isp(30722, "Vodafone Italia S.p.A.", "IT", NetworkKind.MOBILE);
        world.isp(5466, "Eircom Limited", "IE", NetworkKind.RESIDENTIAL);
        world.isp(8708, "RCS & RDS SA", "RO", NetworkKind.RESIDENTIAL);
        world.isp(15895, "Kyivstar PJSC", "UA", NetworkKind.MOBILE);
        world.isp(12389, "PJSC Rostelecom", "RU", NetworkKind.RESIDENTIAL);
        world.isp(8359, "MTS PJSC", "RU", NetworkKind.MOBILE);
        world.isp(9121, "Turk Telekomunikasyon Anonim Sirketi", "TR", NetworkKind.RESIDENTIAL);
        world.isp(7922, "Comcast Cable Communications, LLC", "US", NetworkKind.RESIDENTIAL);
        world.isp(7018, "AT&T Services, Inc.", "US", NetworkKind.RESIDENTIAL);
        world.isp(21928, "T-Mobile USA, Inc.", "US", NetworkKind.MOBILE);
        world.isp(22394, "Cellco Partnership DBA Verizon Wireless", "US", NetworkKind.MOBILE);
        world.isp(812, "Rogers Communications Canada Inc.", "CA", NetworkKind.RESIDENTIAL);
        world.isp(8151, "UNINET", "MX", NetworkKind.RESIDENTIAL);
        world.isp(28573, "Claro NXT Telecomunicacoes Ltda", "BR", NetworkKind.RESIDENTIAL);
        world.isp(18881, "TELEFONICA BRASIL S.A", "BR", NetworkKind.MOBILE);
        world.isp(7303, "Telecom Argentina S.A.", "AR", NetworkKind.RESIDENTIAL);
        world.isp(9829, "National Internet Backbone", "IN", NetworkKind.RESIDENTIAL);
        world.isp(55836, "Reliance Jio Infocomm Limited", "IN", NetworkKind.MOBILE);
        world.isp(4134, "Chinanet", "CN", NetworkKind.RESIDENTIAL);
        world.isp(4837, "China Unicom China169 Backbone", "CN", NetworkKind.MOBILE);
        world.isp(4713, "NTT Communications Corporation", "JP", NetworkKind.RESIDENTIAL);
        world.isp(2516, "KDDI CORPORATION", "JP", NetworkKind.MOBILE);
        world.isp(4766, "Korea Telecom", "KR", NetworkKind.RESIDENTIAL);
        world.isp(7473, "Singapore Telecommunications Ltd", "SG", NetworkKind.RESIDENTIAL);
        world.isp(7470, "TRUE INTERNET Co.,Ltd.", "TH", NetworkKind.RESIDENTIAL);
        world.isp(7552, "Viettel Group", "VN", NetworkKind.RESIDENTIAL);
        world.isp(7713, "PT Telekomunikasi Indonesia", "ID", NetworkKind.RESIDENTIAL);
        world.isp(5384, "Emirates Telecommunications Group Company (ETISALAT GROUP) PJSC", "AE", NetworkKind.RESIDENTIAL);
        world.isp(8452, "TE Data", "EG", NetworkKind.RESIDENTIAL);
        world.isp(29465, "MTN NIGERIA Communication limited", "NG", NetworkKind.MOBILE);
        world.isp(5713, "Telkom SA Ltd.", "ZA", NetworkKind.RESIDENTIAL);
        world.isp(1221, "Telstra Limited", "AU", NetworkKind.RESIDENTIAL);
        world.isp(9500, "One New Zealand Group Limited", "NZ", NetworkKind.RESIDENTIAL);

        // Hosting, cloud and VPN providers, in the cities where they have addresses
        world.hosting(16509, "Amazon.com, Inc.", "US", "Ashburn", "Seattle", "Frankfurt am Main", "Dublin", "London",
                "Paris", "Stockholm", "Tokyo", "Singapore", "Mumbai", "Sao Paulo", "Sydney");
        world.hosting(14061, "DigitalOcean, LLC", "US", "New York", "San Francisco", "Amsterdam", "Frankfurt am Main",
                "London", "Singapore", "Bangalore", "Toronto");
        world.hosting(24940, "Hetzner Online GmbH", "DE", "Nuremberg", "Helsinki", "Ashburn");
        world.hosting(16276, "OVH SAS", "FR", "Paris", "Frankfurt am Main", "Warsaw", "London");
        world.hosting(20473, "The Constant Company, LLC", "US", "New York", "Chicago", "Amsterdam", "Tokyo", "Sydney");
        // VPN exits: the two big VPN hosters have an exit in the first city of every country
        String[] capitals = world.firstCities();
        world.hosting(9009, "M247 Europe SRL", "RO", capitals);
        world.hosting(60068, "Datacamp Limited", "GB", capitals);

        // Where the realm's users live (weights, normalized by the generator): a European service
        String[] home = {"DE", "AT", "CH", "NL", "FR", "GB", "NO", "SE", "DK", "FI", "PL", "ES", "IT", "IE", "RO", "US",
            "CA", "IN", "TR", "BR", "AU", "SG", "JP"};
        double[] weight = {38, 8, 6, 5, 5, 6, 3, 2, 2, 1, 4, 3, 4, 1, 1, 6, 1, 1, 1, 0.5, 0.5, 0.5, 0.5};
        for (int i = 0; i < home.length; i++) {
            world.homeWeight(home[i], weight[i]);
        }
    }
}
