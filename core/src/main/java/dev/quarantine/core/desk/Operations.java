package dev.quarantine.core.desk;

import dev.quarantine.core.internal.service.OperationsService;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.Disinfection;
import dev.quarantine.core.ops.Inspection;
import dev.quarantine.core.ops.LandlordArrangement;
import dev.quarantine.core.ops.PublicArea;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.ops.TeamMember;

import java.util.List;

/**
 * Hotel operations (SPEC §6): service teams, service requests, disinfection, inspections, landlords:
 * {@code desk.operations()}.
 */
public final class Operations {
    private final OperationsService operations;

    Operations(OperationsService operations) {
        this.operations = operations;
    }

    /** Sets the member of one role slot of a block's service team, replacing whoever held it. */
    public TeamMember setTeamMember(String hotel, int block, String role, String name, String phone) {
        return operations.setTeamMember(hotel, block, role, name, phone);
    }

    /** The service teams, of one hotel or of all when {@code hotel} is null. */
    public List<TeamMember> team(String hotel) {
        return operations.team(hotel);
    }

    /** Opens a service request for an open case. */
    public ServiceRequest addService(String caseRef, ServiceType type, String note) {
        return operations.addService(caseRef, type, note);
    }

    /** Closes a service request, recording who did it and when. */
    public ServiceRequest serviceDone(long id, String by) {
        return operations.serviceDone(id, by);
    }

    /** The service requests of the cases the desk works for, open ones only when {@code openOnly}; oldest first. */
    public List<ServiceRequest> services(boolean openOnly) {
        return operations.services(openOnly);
    }

    /** Disinfects a room (which returns it from NEEDS_DISINFECTION to FREE) or a public area; give one of the two. */
    public Disinfection disinfect(String hotel, String room, PublicArea area, String by) {
        return operations.disinfect(hotel, room, area, by);
    }

    /** Records a hotel's daily inspection. */
    public Inspection inspect(String hotel, String by, String findings) {
        return operations.inspect(hotel, by, findings);
    }

    /** Records a lease extension in days or a cash compensation (one of the two) for a case's landlord. */
    public LandlordArrangement landlord(String caseRef, Integer extendDays, Money cash, String landlord) {
        return operations.landlord(caseRef, extendDays, cash, landlord);
    }
}
