# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# Windows DHCP (PowerShell), file ucdhcp-powershell-branch.ps1
#
# Run in an elevated PowerShell on the DHCP server or with -ComputerName. It adds the vendor class
# MSUCClient (data MS-UC-Client), option 120 and sub-options 1-5 as BinaryData only where they are
# missing, then sets the values on the scope.
# With Windows DHCP failover, run it on both partners: option definitions, vendor classes and
# server-level values are not replicated, and scope values reach the partner only when the scopes are
# replicated (Invoke-DhcpServerv4FailoverReplication), which needs the definitions there first.
#
# Level: scope 10.10.20.0/24 only (network 10.10.20.0 mask 255.255.255.0).
# Option 120 names the branch's Survivable Branch Appliance sba01.branch.schertz.local so phones
# register locally. Option 43 stays on the central web services FQDN lync.schertz.local: an SBA has no
# web services, so signing in a new phone with a PIN needs the central site.
#
# Inputs:
#   pool     lync.schertz.local
#   web      lync.schertz.local (default: pool)
#   director (none)
#   sba      sba01.branch.schertz.local
#   port     443
#   path     /CertProv/CertProvisioningService.svc
#   scheme   https
#   scope    10.10.20.0/24
#   ntp      (none)
#   vlan     (none)
#   site     branch (derived)
# Option 120 (29 bytes): 00057362613031066272616E6368077363686572747A056C6F63616C00
# Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
# Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=sba01.branch.schertz.local&scope=10.10.20.0%2F24&vendor=powershell
#
# Warnings: none
#
# Rollback:
# Run it again with -Remove: it removes the values, the definitions and the class it adds.
#
# Usage (elevated, DhcpServer module: Windows Server 2012 or later, or RSAT):
#   .\ucdhcp-powershell-branch.ps1 [-ComputerName dhcp01]            configures; safe to run again
#   .\ucdhcp-powershell-branch.ps1 [-ComputerName dhcp01] -Remove    removes what it adds
[CmdletBinding()]
param(
    [string]$ComputerName = $env:COMPUTERNAME,
    [switch]$Remove
)
$ErrorActionPreference = 'Stop'
Import-Module DhcpServer

# The bytes DHCPUtil.exe would compute for these inputs.
$option120 = [byte[]](0x00,0x05,0x73,0x62,0x61,0x30,0x31,0x06,0x62,0x72,0x61,0x6E,0x63,0x68,0x07,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x05,0x6C,0x6F,0x63,0x61,0x6C,0x00)
$subOptions = [ordered]@{
    # UC Identifier: MS-UC-Client
    1 = [byte[]](0x4D,0x53,0x2D,0x55,0x43,0x2D,0x43,0x6C,0x69,0x65,0x6E,0x74)
    # URL Scheme: https
    2 = [byte[]](0x68,0x74,0x74,0x70,0x73)
    # Web Server FQDN: lync.schertz.local
    3 = [byte[]](0x6C,0x79,0x6E,0x63,0x2E,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x2E,0x6C,0x6F,0x63,0x61,0x6C)
    # Port: 443
    4 = [byte[]](0x34,0x34,0x33)
    # Relative Path for Cert Prov: /CertProv/CertProvisioningService.svc
    5 = [byte[]](0x2F,0x43,0x65,0x72,0x74,0x50,0x72,0x6F,0x76,0x2F,0x43,0x65,0x72,0x74,0x50,0x72,0x6F,0x76,0x69,0x73,0x69,0x6F,0x6E,0x69,0x6E,0x67,0x53,0x65,0x72,0x76,0x69,0x63,0x65,0x2E,0x73,0x76,0x63)
}
$scope = @{ ScopeId = '10.10.20.0' }

if ($Remove) {
    foreach ($id in $subOptions.Keys) {
        Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
        Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
    }
    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 120 -ErrorAction SilentlyContinue
    Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue
    Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -ErrorAction SilentlyContinue
    return
}

# Add what is missing; Set-DhcpServerv4OptionValue overwrites, so a second run changes nothing.
# The class name is MSUCClient; MS-UC-Client is the data phones send in option 60.
if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -Data 'MS-UC-Client' -Description 'UC Vendor Class Id'
}
if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -Name 'UCSipServer' -OptionId 120 -Type BinaryData -Description 'Sip Server Fqdn'
}
$names = @{ 1 = 'UCIdentifier'; 2 = 'URLScheme'; 3 = 'WebServerFqdn'; 4 = 'WebServerPort'; 5 = 'CertProvRelPath' }
foreach ($id in $subOptions.Keys) {
    if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue)) {
        Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -Name $names[$id] -OptionId $id -Type BinaryData
    }
}
Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 120 -Value $option120
# GetEnumerator: an integer index on an [ordered] dictionary is a position, not a key.
foreach ($subOption in $subOptions.GetEnumerator()) {
    Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $subOption.Key -Value $subOption.Value
}
