package com.upward.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Name pools per origin, chosen by office, and the ASCII folding used for e-mail addresses and user names. */
final class DemoNames {

    private DemoNames() {
    }

    /** Given names (female, male), family names and the language that usually comes with them. */
    enum Pool {
        ENGLISH(null,
                "Emma Olivia Sophie Charlotte Grace Hannah Emily Chloe Megan Rachel Laura Jessica Amelia Aisha Naomi "
                        + "Maya Ruth Claire Fiona Imogen",
                "James Oliver Thomas Daniel Samuel Benjamin Henry Jack Ethan Marcus David Michael Ryan Kwame Omar "
                        + "Nathan Lucas Adam Connor Patrick",
                "Smith Johnson Williams Brown Taylor Wilson Davies Evans Thompson Walker Robinson Wright Clarke Hughes "
                        + "Green Harris Carter Mitchell Bennett Hayes Foster Patel Khan Okafor Coleman Brooks Murphy "
                        + "O'Brien Sullivan Fraser"),
        GERMAN("German",
                "Anna Lena Julia Katharina Lea Jana Miriam Sabine Franziska Hanna Leonie Marlene Jördis Annika",
                "Jürgen Jörg Björn Sören Lukas Felix Maximilian Jonas Tobias Matthias Stefan Florian Moritz Niklas",
                "Müller Schäfer Köhler Weiß Groß Hoffmann Krüger Böhm Wagner Becker Schröder Lange Vogel Jäger "
                        + "Fischer Neumann Schulze Hübner Wolf Zimmermann"),
        POLISH("Polish",
                "Agnieszka Małgorzata Zofia Katarzyna Joanna Magdalena Ewa Aleksandra Dorota Natalia Marta Beata",
                "Łukasz Paweł Michał Wojciech Krzysztof Tomasz Piotr Grzegorz Jędrzej Mateusz Bartłomiej Kamil",
                "Kowalczyk Wójcik Zieliński Nowak Lewandowski Dąbrowski Kamiński Szymański Woźniak Kaczmarek Mazur "
                        + "Król Jabłoński Górski Pawłowski Michalski"),
        CHINESE("Mandarin",
                "Wei_Ling Mei_Xin Hui_Min Jia_Hui Xin_Yi Shu_Fen",
                "Jun_Jie Kai_Wen Wei_Jie Zhi_Hao Jian_Hong Cheng_Long",
                "Tan Lim Ng Lee Wong Goh Chua Koh Teo Ong"),
        TAMIL("Tamil",
                "Priya Divya Kavitha Anjali Lakshmi",
                "Arjun Rajesh Vikram Karthik Suresh",
                "Raman Pillai Nair Krishnan Subramaniam Menon"),
        MALAY("Malay",
                "Nur_Aisyah Siti_Aminah Farah Nurul_Huda Aishah",
                "Farhan Hafiz Irfan Iskandar Amir",
                "Rahman Ismail Hassan Abdullah Osman Yusof"),
        SPANISH("Spanish",
                "Lucía Inés Carmen Begoña Ana_María",
                "José Javier Álvaro Sergio Íñigo",
                "García Martínez Fernández Núñez Ibáñez Muñoz"),
        FRENCH("French",
                "Chloé Élodie Amélie Inès Océane",
                "Théo Mathéo Rémi Jérôme François",
                "Lefèvre Dubois Moreau Girard Bérenger Rousseau"),
        NORWEGIAN("Norwegian",
                "Ingrid Sigrid Ragnhild Solveig",
                "Bjørn Håkon Øystein Eirik",
                "Sæther Lønning Bråten Haugen Kvåle"),
        TURKISH("Turkish",
                "Çağla Elif Zeynep Şule",
                "Emre Barış Oğuz Murat",
                "Yılmaz Şahin Öztürk Çelik Aydın"),
        PORTUGUESE("Portuguese",
                "Letícia Camila Júlia Conceição",
                "João Gonçalo Caio Tiago",
                "Gonçalves Araújo Magalhães Simões");

        final String language;
        final List<String> female;
        final List<String> male;
        final List<String> family;

        Pool(String language, String female, String male, String family) {
            this.language = language;
            this.female = words(female);
            this.male = words(male);
            this.family = words(family);
        }

        private static List<String> words(String text) {
            return List.of(text.split(" ")).stream().map(w -> w.replace('_', ' ')).toList();
        }

        /** Polish family names ending in -ski/-cki/-dzki take -ska/-cka/-dzka for women. */
        String familyName(String name, boolean female) {
            return this == POLISH && female && name.endsWith("ki") ? name.substring(0, name.length() - 1) + "a" : name;
        }
    }

    /** Which pools each office draws names from, in percent. */
    private static final Map<DemoCatalog.Location, Map<Pool, Integer>> WEIGHTS = Map.of(
            DemoCatalog.Location.BERLIN, Map.of(Pool.GERMAN, 70, Pool.TURKISH, 10, Pool.ENGLISH, 5,
                    Pool.FRENCH, 5, Pool.SPANISH, 5, Pool.NORWEGIAN, 5),
            DemoCatalog.Location.LONDON, Map.of(Pool.ENGLISH, 75, Pool.FRENCH, 5, Pool.SPANISH, 5,
                    Pool.PORTUGUESE, 5, Pool.NORWEGIAN, 5, Pool.TAMIL, 5),
            DemoCatalog.Location.NEW_YORK, Map.of(Pool.ENGLISH, 75, Pool.SPANISH, 10, Pool.PORTUGUESE, 5,
                    Pool.FRENCH, 5, Pool.CHINESE, 5),
            DemoCatalog.Location.AUSTIN, Map.of(Pool.ENGLISH, 70, Pool.SPANISH, 20, Pool.PORTUGUESE, 5,
                    Pool.TAMIL, 5),
            DemoCatalog.Location.WARSAW, Map.of(Pool.POLISH, 90, Pool.ENGLISH, 5, Pool.TURKISH, 5),
            DemoCatalog.Location.SINGAPORE, Map.of(Pool.CHINESE, 50, Pool.TAMIL, 20, Pool.MALAY, 20,
                    Pool.ENGLISH, 10));

    /** Picks a pool for someone in {@code location}; pools are visited in enum order so the draw is stable. */
    static Pool poolFor(DemoCatalog.Location location, Random random) {
        Map<Pool, Integer> weights = WEIGHTS.get(location);
        int roll = random.nextInt(100);
        for (Pool pool : Pool.values()) {
            roll -= weights.getOrDefault(pool, 0);
            if (roll < 0) {
                return pool;
            }
        }
        return Pool.ENGLISH;
    }

    private static final String CYRILLIC = "абвгдезийклмнопрстуфхцчшщъьюяёыэ";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya", "yo", "y", "e"};

    /**
     * Lower-case ASCII for addresses and user names: diacritics dropped, ß/ø/ł/æ/œ/đ/ı spelled out, Cyrillic
     * transliterated, everything but letters and digits removed ("Zoë Ødegård" → "zoe", "odegard").
     */
    static String asciiFold(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int cyrillic = CYRILLIC.indexOf(c);
            if (c == 'ж') {
                out.append("zh");
            } else if (cyrillic >= 0) {
                out.append(LATIN[cyrillic]);
            } else {
                out.append(switch (c) {
                    case 'ß' -> "ss";
                    case 'ø' -> "o";
                    case 'ł' -> "l";
                    case 'æ' -> "ae";
                    case 'œ' -> "oe";
                    case 'đ' -> "d";
                    case 'ı' -> "i";
                    default -> String.valueOf(c);
                });
            }
        }
        String stripped = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^a-z0-9]", "");
    }
}
