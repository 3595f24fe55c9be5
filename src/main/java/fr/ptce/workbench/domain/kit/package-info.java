/** Expert kits: experts, their assignments with the conflict-of-interest declaration, and the kits sent. */
package fr.ptce.workbench.domain.kit;
