package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.ArrayList;
import java.util.List;

/** A simulated account holder: where they live, what they use and when they sign in. */
final class SimUser {

    final int number;
    final String id;
    final City home;
    final Network isp;
    final Network carrier;
    Prefix homePrefix;
    String homeIp;
    int nextIpChange;
    Device desktop;
    Device phone;
    Device tablet;
    Device newPhone;
    int newPhoneDay = -1;
    int newPhoneUses;
    boolean office;
    /** Which office site, when {@link #office}. */
    int officeSite;
    boolean admin;
    Prefix vpnExit;
    String vpnIp;
    double activity;
    final double[] weekdayActive = new double[7];
    double[] peaks;
    double peakSd;
    double typo;
    double phoneShare;
    double awayShare;
    Trip trip;
    /** The day this user switched to a night shift, or -1 (see {@link NightShifts}). */
    int nightShiftDay = -1;
    double nightPeak;

    /** The user's benign successful sign-ins, in generation order (day by day), for victim choice. */
    final List<long[]> signIns = new ArrayList<>();
    final List<Device> signInDevices = new ArrayList<>();
    final List<String> signInHeaders = new ArrayList<>();

    SimUser(int number, String id, City home, Network isp, Network carrier) {
        this.number = number;
        this.id = id;
        this.home = home;
        this.isp = isp;
        this.carrier = carrier;
    }

    /**
     * A trip: away on days [startDay, endDay). The first and last {@code travelDays} days (one, two for a
     * long-haul flight) are spent travelling, without sign-ins, so no two sign-ins are closer in time than
     * a flight allows.
     */
    record Trip(int startDay, int endDay, int travelDays, City destination, Prefix hotel, String hotelIp) {

        boolean away(int day) {
            return day >= startDay && day < endDay;
        }

        boolean travelling(int day) {
            return day < startDay + travelDays || day >= endDay - travelDays;
        }
    }
}
